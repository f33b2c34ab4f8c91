package eu.guardian.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every text of the screens exists in every language: a missing key would show as ???key??? to a user. Translations
 * keep the English text's placeholders ({0}, {1,number}), so that no value is lost or shown twice.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*}");

    static Properties load(String suffix) throws IOException {
        String name = "/eu/guardian/i18n/messages" + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            if (in == null) {
                fail(name + " is missing");
            }
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    static List<String> translations() {
        List<String> suffixes = new ArrayList<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            if (language != SupportedLanguage.ENGLISH) {
                suffixes.add("_" + language.getTag());
            }
        }
        return suffixes;
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translationHasExactlyTheEnglishKeys(String suffix) throws IOException {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        Properties translation = load(suffix);
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translation.stringPropertyNames());
        Set<String> extra = new TreeSet<>(translation.stringPropertyNames());
        extra.removeAll(english);
        assertEquals(Set.of(), missing, "missing in messages" + suffix);
        assertEquals(Set.of(), extra, "not in English, in messages" + suffix);
        translation.forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
    }

    @ParameterizedTest
    @MethodSource("translations")
    void translationKeepsThePlaceholders(String suffix) throws IOException {
        Properties english = load("");
        Properties translation = load(suffix);
        List<String> broken = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String translated = translation.getProperty(key);
            if (translated != null && !placeholders(english.getProperty(key)).equals(placeholders(translated))) {
                broken.add(key + ": " + translated);
            }
        }
        assertEquals(List.of(), broken, "placeholders differ from English in messages" + suffix);
    }

    @ParameterizedTest
    @MethodSource("translations")
    void datePatternsAreValid(String suffix) throws IOException {
        Properties translation = load(suffix);
        for (String key : List.of("date.pattern", "dateTime.pattern", "dateTime.secondsPattern")) {
            DateTimeFormatter.ofPattern(translation.getProperty(key));
        }
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
