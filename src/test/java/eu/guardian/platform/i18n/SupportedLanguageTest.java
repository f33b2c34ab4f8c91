package eu.guardian.platform.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SupportedLanguageTest {

    @Test
    void regionalVariantsGetTheirLanguage() {
        assertEquals(SupportedLanguage.GERMAN, SupportedLanguage.closestTo(Locale.forLanguageTag("de-AT")));
        assertEquals(SupportedLanguage.FRENCH, SupportedLanguage.closestTo(Locale.forLanguageTag("fr-BE")));
        assertEquals(SupportedLanguage.ARABIC, SupportedLanguage.closestTo(Locale.forLanguageTag("ar-SY")));
        assertEquals(SupportedLanguage.DUTCH, SupportedLanguage.closestTo(Locale.forLanguageTag("nl-BE")));
    }

    @Test
    void untranslatedLanguagesFallBackToEnglish() {
        assertEquals(SupportedLanguage.ENGLISH, SupportedLanguage.closestTo(Locale.forLanguageTag("ti-ER")));
        assertEquals(SupportedLanguage.ENGLISH, SupportedLanguage.of("ps").orElse(SupportedLanguage.ENGLISH));
    }

    @Test
    void elevenLanguagesAreOffered() {
        assertEquals("en de fr it es nl el pl sv uk ar", Arrays.stream(SupportedLanguage.values())
                .map(SupportedLanguage::getTag).collect(Collectors.joining(" ")));
    }

    @Test
    void languagesAreOfferedUnderTheirOwnNames() {
        assertEquals("Deutsch", SupportedLanguage.GERMAN.getEndonym());
        assertEquals("Français", SupportedLanguage.FRENCH.getEndonym());
        assertEquals("Ελληνικά", SupportedLanguage.GREEK.getEndonym());
        assertEquals("Українська", SupportedLanguage.UKRAINIAN.getEndonym());
        assertEquals("العربية", SupportedLanguage.ARABIC.getEndonym());
    }

    @Test
    void onlyArabicIsWrittenRightToLeft() {
        for (SupportedLanguage language : SupportedLanguage.values()) {
            assertEquals(language == SupportedLanguage.ARABIC ? "rtl" : "ltr", language.getDirection(),
                    language.name());
        }
    }
}
