package eu.guardian.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every text of the screens exists in every language: a missing key would show as ???key??? to a user. */
class MessageBundlesTest {

    private static Properties load(String suffix) throws IOException {
        String name = "/eu/guardian/i18n/messages" + suffix + ".properties";
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream(name)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"_de", "_fr"})
    void translationHasExactlyTheEnglishKeys(String suffix) throws IOException {
        Set<String> english = new TreeSet<>(load("").stringPropertyNames());
        Set<String> translated = new TreeSet<>(load(suffix).stringPropertyNames());
        assertEquals(english, translated);
        load(suffix).forEach((key, value) -> assertTrue(!value.toString().isBlank(), key + " is empty"));
    }
}
