package eu.guardian.visit;

/** The kind of safeguarding concern a visit raised. */
public enum ConcernType {
    TRAFFICKING, ABUSE, NEGLECT, EXPLOITATION, MISSING_RISK, SELF_HARM, HEALTH, PLACEMENT, OTHER
}
