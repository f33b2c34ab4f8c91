package eu.guardian.platform.settings;

/** The rules' numbers that differ by country (docs/domain-rules.md#settings), with their defaults. */
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
    /** Care plan: the child is informed of their rights and reception conditions within these days (2013/33 art 5). */
    CARE_PLAN_INFORMATION_DAYS("careplan.information-days", 15, 1, 60),
    /** Complaints: an outcome is due this many calendar days after the complaint was lodged. */
    COMPLAINT_DUE_DAYS("complaint.due-days", 30, 1, 180),
    /** Best interests: the periodic review of an approved assessment, in months after approval. */
    BIA_REVIEW_MONTHS("assessment.review-months", 6, 1, 24),
    /** Best interests: a review after a significant change (placement, guardian, ...) is due within these days. */
    BIA_EVENT_REVIEW_DAYS("assessment.event-review-days", 14, 0, 90),
    /** Best-interests determination: the fewest panel members. */
    BID_MIN_MEMBERS("determination.min-members", 3, 3, 15),
    /** Best-interests determination: the fewest disciplines among the panel's members. */
    BID_MIN_DISCIPLINES("determination.min-disciplines", 2, 2, 8),
    /** Best-interests determination: the share of members (percent, rounded up) whose positions a decision needs. */
    BID_QUORUM_PERCENT("determination.quorum-percent", 66, 50, 100),
    /** Best-interests determination: a side wins with more than this share (percent) of the FOR and AGAINST positions. */
    BID_MAJORITY_PERCENT("determination.majority-percent", 50, 50, 99),
    /** Personal (in-person) contact of guardian and child: at least every this many calendar days. */
    CONTACT_INTERVAL_DAYS("visit.contact-interval-days", 30, 1, 365),
    /** The author of a visit entry may correct it for this many hours; afterwards only an addendum. */
    VISIT_CORRECTION_HOURS("visit.correction-hours", 24, 0, 720),
    /** An urgent concern not acknowledged after this many hours is escalated to the authority. */
    CONCERN_ESCALATION_HOURS("visit.concern-escalation-hours", 24, 1, 720),
    /** A concern the responsible caseworker has not acknowledged after this many hours goes to the whole team. */
    CONCERN_TEAM_HOURS("visit.concern-team-hours", 4, 1, 72),
    /** Protection: the recovery-and-reflection period after an NRM referral, in days (CETS 197 art 13: at least 30). */
    REFLECTION_PERIOD_DAYS("protection.reflection-period-days", 30, 30, 365),
    /** Protection: an agency should answer a referral within this many calendar days, else it is overdue. */
    REFERRAL_ANSWER_DAYS("protection.referral-answer-days", 10, 1, 90),
    /** Protection: hours after a missing report within which the police must be told (always the same day). */
    POLICE_NOTICE_GRACE_HOURS("protection.police-notice-grace-hours", 0, 0, 24),
    /** Documents: the largest file accepted, in megabytes (the server's own ceiling is 100, docs/documents.md). */
    DOCUMENT_MAX_MEGABYTES("documents.max-size-mb", 20, 1, 100),
    /** Jurisdictions: a region a child moved out of keeps reading the file for this many days (docs/jurisdictions.md). */
    HANDOVER_READ_DAYS("jurisdiction.handover-read-days", 30, 0, 365),
    /** Best interests: the first assessment is due this many days after identification (CRC GC 14; "early"). */
    BIA_FIRST_DAYS("assessment.first-due-days", 30, 1, 180),
    /** Care plan: the health check is due this many days after application or identification (2013/33 art 13). */
    CARE_PLAN_HEALTH_CHECK_DAYS("careplan.health-check-days", 30, 1, 180),
    /** Care plan: civil registration (identity documents) is due this many days after application or identification. */
    CARE_PLAN_CIVIL_REGISTRATION_DAYS("careplan.civil-registration-days", 30, 1, 180),
    /** Care plan: legal aid is arranged within these days of application or identification (2024/1348 art 16-17). */
    CARE_PLAN_LEGAL_AID_DAYS("careplan.legal-aid-days", 15, 1, 90),
    /** The child is told of the guardian's appointment within these working days of it ("immediately"). */
    CHILD_INFORMED_WORKING_DAYS("guardianship.child-informed-working-days", 3, 0, 30),
    /** Family tracing: a tracing request is due within these days of identification ("as soon as possible"). */
    TRACING_DUE_DAYS("protection.tracing-due-days", 30, 1, 180);

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
