package eu.guardian.protection;

/** What a trafficking screening found; any indication leads to the National Referral Mechanism. */
public enum ScreeningResult {
    NO_INDICATION, INDICATIONS, STRONG_INDICATIONS;

    public boolean isPositive() {
        return this != NO_INDICATION;
    }
}
