package eu.guardian.protection;

import eu.guardian.platform.validation.Checks;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** Reads typed date-times: an ISO instant, or a local date-time taken as UTC; an unreadable one is an input error. */
final class DateTimes {

    private DateTimes() {
    }

    static Optional<Instant> parse(Checks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notAnInstant) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                checks.that(false, field, "protection.validation.dateTime", value);
                return Optional.empty();
            }
        }
    }

    /** Not later than now (a minute's leeway for clocks). */
    static void notInFuture(Checks checks, String field, Optional<Instant> value, Instant now) {
        value.ifPresent(at -> checks.that(!at.isAfter(now.plusSeconds(60)), field, "validation.inFuture"));
    }

    static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
