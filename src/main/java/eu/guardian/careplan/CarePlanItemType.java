package eu.guardian.careplan;

/** What a care-plan item is about; three types have a legal deadline that gives their default due date. */
public enum CarePlanItemType {
    /** Access to school within 3 months of the application (Directive 2013/33/EU art 14(2); setting). */
    SCHOOL_ENROLMENT,
    HEALTH_CHECK,
    /** Special reception needs assessed within 30 days of the application (Directive (EU) 2024/1346 art 25(1); setting). */
    SPECIAL_NEEDS_ASSESSMENT,
    /**
     * The child told, in a language and manner they understand, of the reception conditions, their rights and
     * obligations, within 15 days of the application (Directive 2013/33/EU art 5(1); setting).
     */
    INFORMATION_TO_CHILD,
    CIVIL_REGISTRATION,
    LEGAL_AID,
    PSYCHOSOCIAL_SUPPORT,
    FAMILY_TRACING,
    LANGUAGE_COURSE,
    VOCATIONAL_TRAINING,
    TRANSITION_TO_ADULTHOOD;

    /** Whether what is recorded about this item (its outcome) is health data, special-category under GDPR art 9. */
    public boolean isHealthRelated() {
        return this == HEALTH_CHECK || this == SPECIAL_NEEDS_ASSESSMENT || this == PSYCHOSOCIAL_SUPPORT;
    }
}
