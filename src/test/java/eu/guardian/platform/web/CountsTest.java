package eu.guardian.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void aCappedCountSaysThereAreMoreInTheUsersLanguage() {
        assertEquals("9,999", Counts.shown(9_999, Locale.ENGLISH));
        assertEquals("10,000+", Counts.shown(10_000, Locale.ENGLISH));
        assertEquals("10.000+", Counts.shown(10_000, Locale.GERMAN));
        assertEquals("0", Counts.shown(0, Locale.FRENCH));
    }
}
