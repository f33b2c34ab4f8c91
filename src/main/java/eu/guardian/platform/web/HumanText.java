package eu.guardian.platform.web;

import eu.guardian.platform.i18n.Messages;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Times and names of things as a person reads them on a page: a time to the minute in the user's language (not ISO
 * with microseconds), and an object's class name as words ("Best interests assessment" for
 * {@code BestInterestsAssessment}), from the bundle where it has a text ({@code object.<ClassName>}).
 */
public final class HumanText {

    private HumanText() {
    }

    /** The time to the minute, e.g. "3 Dec 2026, 13:05 UTC" (times are kept in UTC; docs/architecture.md). */
    public static String time(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(ZoneOffset.UTC).format(instant) + " UTC";
    }

    /** The object type's text in the bundle, else its class name split into words. */
    public static String objectType(String type, Locale locale) {
        if (type == null || type.isBlank()) {
            return "";
        }
        String key = "object." + type;
        String text = Messages.text(locale, key, List.of());
        return Optional.of(text).filter(t -> !t.equals(key)).orElseGet(() -> words(type));
    }

    static String words(String className) {
        String spaced = className.replaceAll("(?<=[a-z0-9])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
        return Character.toUpperCase(spaced.charAt(0)) + spaced.substring(1);
    }
}
