package eu.guardian.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class SupportedLanguageTest {

    @Test
    void regionalVariantsGetTheirLanguage() {
        assertEquals(SupportedLanguage.GERMAN, SupportedLanguage.closestTo(Locale.forLanguageTag("de-AT")));
        assertEquals(SupportedLanguage.FRENCH, SupportedLanguage.closestTo(Locale.forLanguageTag("fr-BE")));
    }

    @Test
    void untranslatedLanguagesFallBackToEnglish() {
        assertEquals(SupportedLanguage.ENGLISH, SupportedLanguage.closestTo(Locale.forLanguageTag("ar-SY")));
        assertEquals(SupportedLanguage.ENGLISH, SupportedLanguage.of("ti").orElse(SupportedLanguage.ENGLISH));
    }

    @Test
    void languagesAreOfferedUnderTheirOwnNames() {
        assertEquals("Deutsch", SupportedLanguage.GERMAN.getEndonym());
        assertEquals("Français", SupportedLanguage.FRENCH.getEndonym());
    }
}
