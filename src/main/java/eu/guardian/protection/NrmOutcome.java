package eu.guardian.protection;

/** Where a referral to the National Referral Mechanism stands. */
public enum NrmOutcome {
    PENDING, IDENTIFIED_AS_VICTIM, NOT_IDENTIFIED, WITHDRAWN
}
