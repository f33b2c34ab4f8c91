package eu.guardian.platform.i18n;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Guardian's screens are translated into. English is the fallback for anything else. */
public enum SupportedLanguage {
    ENGLISH(Locale.ENGLISH),
    GERMAN(Locale.GERMAN),
    FRENCH(Locale.FRENCH);

    private final Locale locale;

    SupportedLanguage(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }

    public String getTag() {
        return locale.getLanguage();
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
