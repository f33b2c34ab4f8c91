package eu.guardian.protection;

/** How endangered a missing child is thought to be. */
public enum RiskLevel {
    LOW, MEDIUM, HIGH
}
