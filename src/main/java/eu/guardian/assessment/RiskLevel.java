package eu.guardian.assessment;

/** How much a factor endangers the child, as the assessor judges it. */
public enum RiskLevel {
    NONE, LOW, MEDIUM, HIGH
}
