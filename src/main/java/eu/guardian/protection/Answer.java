package eu.guardian.protection;

/** An indicator's answer in a screening. */
public enum Answer {
    YES, NO, UNKNOWN
}
