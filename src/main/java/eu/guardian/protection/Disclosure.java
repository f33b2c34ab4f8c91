package eu.guardian.protection;

/** The ways a child's data leaves Guardian to an organisation, each behind the immigration firewall. */
public enum Disclosure {
    /** A cross-border handover package: the child's file, to the receiving country's guardian or authority. */
    HANDOVER,
    /** A referral to an agency for a service (health, legal aid, education, an NGO ...). */
    REFERRAL,
    /** A family tracing request: the child's family details, to a tracing service. */
    TRACING
}
