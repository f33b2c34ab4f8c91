package eu.guardian.protection;

import eu.guardian.platform.validation.InvalidInput;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the immigration firewall to a disclosure (docs/firewall.md): the recipient must be a registry entry of a kind
 * that may receive it, or "other" typed as free text; an enforcement purpose, a counterpart that never receives, or
 * free text that speaks of enforcement is refused and recorded with the child. Call it before the caller's
 * transaction writes its first audit entry and before other checks, so every attempt is recorded: the refusal is
 * written in a transaction of its own, which must be able to take the audit chain's head.
 */
@Stateless
@PermitAll
public class FirewallGuard {

    /** Who a disclosure goes to: a registry entry, or "other" as typed (which then waits for the authority). */
    public record Recipient(Optional<Counterpart> counterpart, String name, String country) {

        public boolean isOther() {
            return counterpart.isEmpty();
        }

        public Optional<Long> counterpartId() {
            return counterpart.map(Counterpart::getId);
        }
    }

    @Inject
    FirewallLog log;

    @PersistenceContext
    EntityManager em;

    /**
     * @param counterpartId the chosen registry entry, or null for "other"
     * @param typedName     the recipient as typed for "other" (ignored with a registry entry)
     * @param freeText      the disclosure's other free-text fields (purpose note, legal basis ...), field → text
     * @return the recipient; its name and country are blank when "other" was chosen without them (the caller's
     *         checks report that)
     */
    public Recipient check(long childId, Disclosure disclosure, Optional<DisclosurePurpose> purpose,
            Long counterpartId, String typedName, String typedCountry, Map<String, String> freeText) {
        String what = what(disclosure);
        if (purpose.filter(p -> p == DisclosurePurpose.IMMIGRATION_ENFORCEMENT).isPresent()) {
            refuse(childId, what, purpose, typedName, "purpose", "purpose IMMIGRATION_ENFORCEMENT");
        }
        Map<String, String> fields = new LinkedHashMap<>();
        Optional<Counterpart> counterpart = Optional.empty();
        if (counterpartId != null) {
            Counterpart chosen = em.find(Counterpart.class, counterpartId);
            if (chosen == null) {
                throw new InvalidInput(List.of(new InvalidInput.FieldError("counterpartId",
                        "protection.counterpart.unknown", counterpartId)));
            }
            if (chosen.getKind().neverReceives()) {
                refuse(childId, what, purpose, chosen.getName(), "counterpartId",
                        "counterpart of kind " + chosen.getKind() + " never receives");
            }
            counterpart = Optional.of(chosen);
        } else {
            fields.put(disclosure == Disclosure.REFERRAL ? "agencyName"
                    : disclosure == Disclosure.TRACING ? "addressedTo" : "recipient", typedName);
        }
        fields.putAll(freeText);
        Optional<Firewall.Finding> finding = Firewall.refusal(purpose, fields, enforcementNames());
        if (finding.isPresent()) {
            refuse(childId, what, purpose, counterpart.map(Counterpart::getName).orElse(typedName),
                    finding.get().field(), finding.get().rule());
        }
        counterpart.ifPresent(chosen -> requireReceiving(chosen, disclosure));
        return counterpart.map(c -> new Recipient(Optional.of(c), c.getName(), c.getCountry()))
                .orElseGet(() -> new Recipient(Optional.empty(), DateTimes.trimmed(typedName),
                        DateTimes.trimmed(typedCountry)));
    }

    /** Field names and texts, in order ({@code "legalBasis", text, ...}); null texts allowed. */
    public static Map<String, String> texts(String... namesAndTexts) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndTexts.length; i += 2) {
            texts.put(namesAndTexts[i], namesAndTexts[i + 1]);
        }
        return texts;
    }

    /** The names of the bodies registered with an enforcement kind: refused in any free text, however spelt. */
    public List<String> enforcementNames() {
        return em.createQuery("SELECT c.name FROM Counterpart c WHERE c.kind IN :kinds", String.class)
                .setParameter("kinds", List.of(CounterpartKind.IMMIGRATION_ENFORCEMENT, CounterpartKind.BORDER_POLICE))
                .getResultList();
    }

    private static void requireReceiving(Counterpart chosen, Disclosure disclosure) {
        if (!chosen.isActive()) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("counterpartId",
                    "protection.counterpart.retired.choice", chosen.getName())));
        }
        if (!chosen.mayReceive(disclosure)) {
            throw new InvalidInput(List.of(new InvalidInput.FieldError("counterpartId",
                    "protection.counterpart.wrongKind", chosen.getName())));
        }
    }

    private void refuse(long childId, String what, Optional<DisclosurePurpose> purpose, String recipient,
            String field, String rule) {
        log.refused(childId, what, purpose, recipient, field + ": " + rule);
        throw new FirewallRefusal(rule);
    }

    private static String what(Disclosure disclosure) {
        return switch (disclosure) {
            case HANDOVER -> "Handover";
            case REFERRAL -> "Referral";
            case TRACING -> "TracingRequest";
        };
    }
}
