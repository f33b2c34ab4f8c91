package eu.guardian.careplan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The texts of the child's information sheet in the children's languages (resources information-sheet/*.properties,
 * UTF-8; docs/information-sheet.md): which languages exist, which one a child gets, and the texts of one.
 */
final class InformationSheetTexts {

    /**
     * The languages the sheet is written in, by the codes of the language reference list (Dari is "prs"; Kurdish in
     * Latin script, Kurmanji, is "ku"; Sorani in Arabic script is "ckb").
     */
    static final List<String> LANGUAGES = List.of("en", "fr", "de", "ar", "prs", "ps", "ti", "so", "uk", "ku",
            "ckb");

    /** Codes of the reference list that read a sheet written under another code. */
    private static final Map<String, String> READS = Map.of("fa", "prs", "kmr", "ku", "eng", "en");

    private static final Map<String, Properties> TEXTS = LANGUAGES.stream()
            .collect(Collectors.toUnmodifiableMap(Function.identity(), InformationSheetTexts::load));

    private final String language;
    private final Properties texts;

    private InformationSheetTexts(String language) {
        this.language = language;
        this.texts = TEXTS.get(language);
    }

    static boolean isWritten(String language) {
        return LANGUAGES.contains(language);
    }

    static InformationSheetTexts of(String language) {
        if (!isWritten(language)) {
            throw new IllegalArgumentException("No information sheet in " + language);
        }
        return new InformationSheetTexts(language);
    }

    /**
     * The language a child gets the sheet in: the child's preferred language if the sheet is written in it, else the
     * first of the child's languages that it is written in, else English.
     */
    static String forChild(Optional<String> preferred, Collection<String> languages) {
        return preferred.flatMap(InformationSheetTexts::written)
                .or(() -> languages.stream().map(InformationSheetTexts::written).flatMap(Optional::stream).findFirst())
                .orElse("en");
    }

    private static Optional<String> written(String code) {
        String language = READS.getOrDefault(code, code);
        return isWritten(language) ? Optional.of(language) : Optional.empty();
    }

    String language() {
        return language;
    }

    /** The locale of the PDF (its direction and line breaking); Dari is Persian as written in Afghanistan. */
    Locale locale() {
        return "prs".equals(language) ? Locale.forLanguageTag("fa-AF") : Locale.forLanguageTag(language);
    }

    String text(String key) {
        String text = texts.getProperty(key);
        if (text == null) {
            throw new IllegalStateException("Information sheet text " + key + " missing in " + language);
        }
        return text;
    }

    /**
     * The text with {0} replaced (no MessageFormat: French apostrophes stay as written); the value is isolated
     * (U+2068...U+2069) so that a Latin name or a phone number keeps its own order inside an Arabic sentence.
     */
    String text(String key, String value) {
        return text(key).replace("{0}", "\u2068" + value + "\u2069");
    }

    private static Properties load(String language) {
        Properties properties = new Properties();
        try (InputStream in = InformationSheetTexts.class.getResourceAsStream("information-sheet/" + language
                + ".properties")) {
            if (in == null) {
                throw new IllegalStateException("Information sheet texts missing for " + language);
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
