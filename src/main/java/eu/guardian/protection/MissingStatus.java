package eu.guardian.protection;

/** A missing episode is open until the child is found or returns. */
public enum MissingStatus {
    OPEN, RETURNED
}
