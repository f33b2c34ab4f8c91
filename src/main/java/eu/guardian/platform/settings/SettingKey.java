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
    /** Protection: the recovery-and-reflection period after an NRM referral, in days (CETS 197 art 13: at least 30). */
    REFLECTION_PERIOD_DAYS("protection.reflection-period-days", 30, 30, 365),
    /** Protection: an agency should answer a referral within this many calendar days, else it is overdue. */
    REFERRAL_ANSWER_DAYS("protection.referral-answer-days", 10, 1, 90),
    /** Protection: hours after a missing report within which the police must be told (always the same day). */
    POLICE_NOTICE_GRACE_HOURS("protection.police-notice-grace-hours", 0, 0, 24);

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
