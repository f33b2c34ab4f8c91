package eu.guardian.protection;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The immigration firewall's text rule, pure: a disclosure whose purpose is immigration enforcement is refused, and so
 * is one whose free text (recipient, purpose note, legal basis, addressee, agency name) speaks of enforcement in any of
 * the listed languages ({@link EnforcementTerms}) or names a body the authority registered as an enforcement body,
 * however it is spelt ({@link FirewallText}). The structural rule — recipients come from the counterpart registry, and
 * enforcement kinds never receive — is {@link CounterpartKind#mayReceive}; this is the second line. docs/firewall.md.
 */
public final class Firewall {

    /** Names shorter than this (without spaces) are looked for only as whole words. */
    private static final int SQUASHED_NAME_MIN = 10;

    /** Why a disclosure is refused: the field that gave it away and the rule that caught it. */
    public record Finding(String field, String rule) {
    }

    private Firewall() {
    }

    /**
     * Why the disclosure must be refused, if it must.
     *
     * @param fields       field name → what was typed (blank or null fields are skipped), checked in order
     * @param blockedNames names of the bodies registered with an enforcement kind
     */
    public static Optional<Finding> refusal(Optional<DisclosurePurpose> purpose, Map<String, String> fields,
            Collection<String> blockedNames) {
        if (purpose.filter(p -> p == DisclosurePurpose.IMMIGRATION_ENFORCEMENT).isPresent()) {
            return Optional.of(new Finding("purpose", "purpose IMMIGRATION_ENFORCEMENT"));
        }
        EnforcementTerms terms = EnforcementTerms.instance();
        for (Map.Entry<String, String> field : fields.entrySet()) {
            String text = field.getValue();
            if (text == null || text.isBlank()) {
                continue;
            }
            Optional<EnforcementTerms.Term> term = terms.find(text);
            if (term.isPresent()) {
                return Optional.of(new Finding(field.getKey(), "term " + term.get().describe()));
            }
            Optional<String> name = blockedNames.stream().filter(blocked -> names(text, blocked, terms)).findFirst();
            if (name.isPresent()) {
                return Optional.of(new Finding(field.getKey(), "registered enforcement body \"" + name.get() + "\""));
            }
        }
        return Optional.empty();
    }

    /** The texts in order, named text1, text2 ..., without registered names (for tests and simple callers). */
    public static Optional<String> refusal(Optional<DisclosurePurpose> purpose, String... texts) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < texts.length; i++) {
            fields.put("text" + (i + 1), texts[i]);
        }
        return refusal(purpose, fields, List.of()).map(Finding::rule);
    }

    /** Whether the text names the body: its words in a row, or (for a long name) its letters run together. */
    static boolean names(String text, String bodyName, EnforcementTerms terms) {
        List<String> name = FirewallText.meaningfulWords(FirewallText.words(bodyName), terms.stopWords());
        if (name.isEmpty()) {
            return false;
        }
        List<String> words = FirewallText.meaningfulWords(FirewallText.words(text), terms.stopWords());
        if (Collections.indexOfSubList(words, name) >= 0) {
            return true;
        }
        String squashed = String.join("", name);
        return squashed.length() >= SQUASHED_NAME_MIN && String.join("", words).contains(squashed);
    }
}
