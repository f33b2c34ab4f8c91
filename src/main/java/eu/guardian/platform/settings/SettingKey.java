package eu.guardian.platform.settings;

/** The rules' numbers that differ by country (RULES.md marks them *setting*), with their defaults. */
public enum SettingKey {
    /** Interim representative: working days after identification (0 = the same day). */
    INTERIM_DUE_WORKING_DAYS("guardianship.interim-due-working-days", 0, 0, 30),
    /** Guardian: working days after identification or application, whichever is earlier. */
    GUARDIAN_DUE_WORKING_DAYS("guardianship.guardian-due-working-days", 15, 1, 90),
    /** First meeting of guardian and child: working days after appointment. */
    FIRST_MEETING_WORKING_DAYS("guardianship.first-meeting-working-days", 3, 0, 30),
    /** Children a guardian may have at once. */
    CASELOAD_CAP("guardianship.caseload-cap", 30, 1, 100),
    /** Deadlines this close (calendar days) are shown as due soon. */
    DUE_SOON_DAYS("guardianship.due-soon-days", 3, 0, 30),
    /** Transition to adulthood is planned from this many months before the 18th birthday. */
    TRANSITION_MONTHS("guardianship.transition-months", 6, 1, 24),
    /** Nationality groups whose median time to a guardian differs by more days than this raise a parity warning. */
    PARITY_MARGIN_DAYS("oversight.parity-margin-days", 2, 0, 90),
    /** Closed cases are anonymised this many years after closure, unless under legal hold. */
    RETENTION_YEARS("retention.closed-case-years", 10, 1, 100),
    /** Care plan: school enrolment is due this many months after application or identification (2013/33 art 14(2)). */
    CARE_PLAN_SCHOOL_MONTHS("careplan.school-enrolment-months", 3, 1, 12),
    /** Care plan: the special-needs assessment is due this many days after application (2024/1346 art 25(1)). */
    CARE_PLAN_SPECIAL_NEEDS_DAYS("careplan.special-needs-days", 30, 1, 90),
    /** Complaints: an outcome is due this many calendar days after the complaint was lodged. */
    COMPLAINT_DUE_DAYS("complaint.due-days", 30, 1, 180);

    private final String key;
    private final int defaultValue;
    private final int minimum;
    private final int maximum;

    SettingKey(String key, int defaultValue, int minimum, int maximum) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.minimum = minimum;
        this.maximum = maximum;
    }

    public String key() {
        return key;
    }

    public int defaultValue() {
        return defaultValue;
    }

    public boolean accepts(int value) {
        return value >= minimum && value <= maximum;
    }

    public int minimum() {
        return minimum;
    }

    public int maximum() {
        return maximum;
    }
}
