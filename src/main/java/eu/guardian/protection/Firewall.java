package eu.guardian.protection;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The immigration firewall as a pure rule: a disclosure whose purpose is immigration enforcement is refused; as a
 * second line, free text (a purpose note, a recipient) that speaks of enforcement, deportation or removal in English,
 * German or French is refused too.
 */
public final class Firewall {

    private static final List<Pattern> ENFORCEMENT = List.of(
            Pattern.compile("immigration\\s*(enforcement|control|police|removal|detention)"),
            Pattern.compile("deport"), Pattern.compile("\\bremoval\\b"), Pattern.compile("\\bexpulsion"),
            Pattern.compile("forced\\s+return"), Pattern.compile("return\\s+enforcement"),
            Pattern.compile("abschieb"), Pattern.compile("ausweisung"), Pattern.compile("ruckfuhrung"),
            Pattern.compile("auslanderbehorde"), Pattern.compile("aufenthaltsbeendigung"),
            Pattern.compile("eloignement"), Pattern.compile("reconduite"), Pattern.compile("expulser"),
            Pattern.compile("police\\s+aux\\s+frontieres"), Pattern.compile("\\boqtf\\b"),
            Pattern.compile("border\\s+enforcement"));

    private Firewall() {
    }

    /** Why the disclosure must be refused, if it must (the enum purpose, or the words that gave it away). */
    public static Optional<String> refusal(Optional<DisclosurePurpose> purpose, String... texts) {
        if (purpose.filter(p -> p == DisclosurePurpose.IMMIGRATION_ENFORCEMENT).isPresent()) {
            return Optional.of("purpose IMMIGRATION_ENFORCEMENT");
        }
        for (String text : texts) {
            if (text == null || text.isBlank()) {
                continue;
            }
            String folded = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                    .toLowerCase(Locale.ROOT);
            for (Pattern pattern : ENFORCEMENT) {
                if (pattern.matcher(folded).find()) {
                    return Optional.of("text mentions " + pattern.pattern());
                }
            }
        }
        return Optional.empty();
    }
}
