package eu.guardian.protection;

/** A tracing request: waiting for the authority (an "other" addressee), open, closed with an outcome, or refused. */
public enum TracingStatus {
    AWAITING_APPROVAL, OPEN, CLOSED, NOT_APPROVED
}
