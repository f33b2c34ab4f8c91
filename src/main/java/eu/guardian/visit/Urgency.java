package eu.guardian.visit;

/** How soon a concern needs an answer; urgent ones alert the caseworkers at once. */
public enum Urgency {
    URGENT, HIGH, NORMAL
}
