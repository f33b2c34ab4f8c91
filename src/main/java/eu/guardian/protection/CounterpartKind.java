package eu.guardian.protection;

import java.util.EnumSet;
import java.util.Set;

/**
 * What a counterpart organisation does, and so what it may receive from Guardian (docs/firewall.md, "Who may
 * receive"). The registry knows enforcement bodies too, by kind, so that they can be refused by name as well: they
 * never receive anything.
 * <p>
 * The police are a kind of their own. Guardian must report a missing child to them the same day (RULES.md,
 * "Protection"), and that report — the child's description, where last seen — is recorded with the missing episode,
 * not sent as a disclosure. They receive no handover package, no referral and no tracing request: those carry the
 * whole file, the child's needs or the family's whereabouts, and in many countries the police carry out immigration
 * checks and removals themselves, so nothing would keep such data from enforcement. Anti-trafficking work with the
 * police goes through the National Referral Mechanism.
 */
public enum CounterpartKind {
    /** The receiving country's guardianship authority or an appointed guardian's organisation. */
    GUARDIANSHIP_AUTHORITY(EnumSet.of(Disclosure.HANDOVER, Disclosure.REFERRAL)),
    /** Child and youth welfare, social services (Jugendamt, aide sociale à l'enfance ...). */
    CHILD_PROTECTION_SERVICE(EnumSet.of(Disclosure.HANDOVER, Disclosure.REFERRAL, Disclosure.TRACING)),
    /** A family or youth court deciding on the child's care. */
    COURT(EnumSet.of(Disclosure.HANDOVER)),
    HEALTH_SERVICE(EnumSet.of(Disclosure.REFERRAL)),
    EDUCATION(EnumSet.of(Disclosure.REFERRAL)),
    LEGAL_AID(EnumSet.of(Disclosure.REFERRAL)),
    /** A non-governmental organisation (anti-trafficking, counselling, housing ...). */
    NGO(EnumSet.of(Disclosure.REFERRAL)),
    /** The Red Cross / Red Crescent tracing services, ICRC, and others that trace families. */
    FAMILY_TRACING_SERVICE(EnumSet.of(Disclosure.TRACING, Disclosure.REFERRAL)),
    /** UNHCR, UNICEF and the like. */
    INTERNATIONAL_ORGANISATION(EnumSet.of(Disclosure.REFERRAL, Disclosure.TRACING)),
    /** Missing-child reports only (recorded with the episode); never a recipient of a disclosure. See above. */
    POLICE(EnumSet.noneOf(Disclosure.class)),
    /** Immigration, aliens or removal authorities. Never a recipient. */
    IMMIGRATION_ENFORCEMENT(EnumSet.noneOf(Disclosure.class)),
    /** Border police and border guards. Never a recipient. */
    BORDER_POLICE(EnumSet.noneOf(Disclosure.class));

    private final Set<Disclosure> receives;

    CounterpartKind(Set<Disclosure> receives) {
        this.receives = receives;
    }

    /** Whether a body of this kind may be the recipient of that disclosure. */
    public boolean mayReceive(Disclosure disclosure) {
        return receives.contains(disclosure);
    }

    /** Immigration enforcement: never a recipient, and its registered names are refused in any free text too. */
    public boolean isEnforcement() {
        return this == IMMIGRATION_ENFORCEMENT || this == BORDER_POLICE;
    }

    /**
     * Kinds that never receive anything: a disclosure to one is a firewall refusal (recorded), not a mere wrong
     * choice.
     */
    public boolean neverReceives() {
        return receives.isEmpty();
    }

    /** The kinds that may receive a disclosure. */
    public static Set<CounterpartKind> receiving(Disclosure disclosure) {
        Set<CounterpartKind> kinds = EnumSet.noneOf(CounterpartKind.class);
        for (CounterpartKind kind : values()) {
            if (kind.mayReceive(disclosure)) {
                kinds.add(kind);
            }
        }
        return kinds;
    }
}
