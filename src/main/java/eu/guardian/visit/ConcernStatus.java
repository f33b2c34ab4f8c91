package eu.guardian.visit;

/** A concern's way to its outcome. */
public enum ConcernStatus {
    OPEN, ACKNOWLEDGED, CLOSED
}
