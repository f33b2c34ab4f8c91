package eu.guardian.child;

/** How much is known of a child's date of birth. */
public enum BirthDatePrecision {
    EXACT, ESTIMATED, UNKNOWN
}
