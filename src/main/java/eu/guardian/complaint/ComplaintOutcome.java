package eu.guardian.complaint;

/** How a complaint ended. */
public enum ComplaintOutcome {
    UPHELD, PARTLY_UPHELD, NOT_UPHELD, RESOLVED, WITHDRAWN
}
