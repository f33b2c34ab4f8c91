package eu.guardian.assessment;

/** A panel member's position on the proposal put to a best-interests determination. */
public enum Stance {
    FOR, AGAINST, ABSTAIN
}
