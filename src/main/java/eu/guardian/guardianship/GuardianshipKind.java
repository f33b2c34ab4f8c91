package eu.guardian.guardianship;

/** An interim representative acts from the day of identification until the (full) guardian is appointed. */
public enum GuardianshipKind {
    INTERIM, FULL
}
