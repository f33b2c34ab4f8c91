package eu.guardian.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages Guardian's screens are translated into: those of the authorities and staff where unaccompanied
 * children arrive, and Arabic for cultural mediators. English is the fallback for anything else. Arabic is written
 * right to left, and the whole page is mirrored for it (docs/languages.md).
 */
public enum SupportedLanguage {
    ENGLISH("en"),
    GERMAN("de"),
    FRENCH("fr"),
    ITALIAN("it"),
    SPANISH("es"),
    DUTCH("nl"),
    GREEK("el"),
    POLISH("pl"),
    SWEDISH("sv"),
    UKRAINIAN("uk"),
    // Latin digits, as in the case numbers and dates Arabic-speaking staff read beside colleagues (docs/languages.md).
    ARABIC("ar-u-nu-latn", true);

    private final Locale locale;
    private final boolean rightToLeft;

    SupportedLanguage(String tag) {
        this(tag, false);
    }

    SupportedLanguage(String tag, boolean rightToLeft) {
        this.locale = Locale.forLanguageTag(tag);
        this.rightToLeft = rightToLeft;
    }

    public Locale locale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
    }

    /** The writing direction of the language, as HTML's {@code dir} attribute takes it. */
    public String getDirection() {
        return rightToLeft ? "rtl" : "ltr";
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    /** The language's name in itself, as a language switch should show it. */
    public String getEndonym() {
        String name = locale.getDisplayLanguage(locale);
        return name.substring(0, 1).toUpperCase(locale) + name.substring(1);
    }

    public static Optional<SupportedLanguage> of(String tag) {
        return Arrays.stream(values()).filter(language -> language.getTag().equals(tag)).findFirst();
    }

    /** The best supported language for a requested locale, by language alone (de-AT is German). */
    public static SupportedLanguage closestTo(Locale requested) {
        return of(requested.getLanguage()).orElse(ENGLISH);
    }
}
