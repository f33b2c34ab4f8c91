package eu.guardian.complaint;

/** Where a complaint stands: received, being handled by its owner at the authority, or closed with an outcome. */
public enum ComplaintStatus {
    RECEIVED, IN_PROGRESS, CLOSED
}
