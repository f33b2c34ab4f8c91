package eu.guardian.oversight;

/**
 * The groups the parity report compares. Nationality is used here for statistics only, to prove that children are
 * treated alike (docs/domain-rules.md#same-procedure-whatever-the-nationality); no workflow ever branches on it.
 */
public enum NationalityGroup {
    EU_CITIZEN, THIRD_COUNTRY_NATIONAL, STATELESS_OR_UNKNOWN
}
