package eu.guardian.child;

/** As the child states it; "other" and "unknown" are full answers, not missing data. */
public enum Sex {
    FEMALE, MALE, OTHER, UNKNOWN
}
