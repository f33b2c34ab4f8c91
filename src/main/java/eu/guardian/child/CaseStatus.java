package eu.guardian.child;

/** An open case is worked on; a closed one is read-only. */
public enum CaseStatus {
    OPEN, CLOSED
}
