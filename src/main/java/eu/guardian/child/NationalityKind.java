package eu.guardian.child;

/**
 * A child's nationality: a country (an EU member state or not), stateless, or not (yet) known. Recorded and reported
 * only; no rule of Guardian depends on it (docs/domain-rules.md#same-procedure-whatever-the-nationality).
 */
public enum NationalityKind {
    COUNTRY, STATELESS, UNKNOWN
}
