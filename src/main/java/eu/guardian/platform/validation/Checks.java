package eu.guardian.platform.validation;

import eu.guardian.platform.validation.InvalidInput.FieldError;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Collects broken rules of one input, then fails with all of them at once, so a user fixes everything in one go. */
public final class Checks {

    public static final int NAME_MAX = 200;
    public static final int TEXT_MAX = 2000;

    private final List<FieldError> errors = new ArrayList<>();

    public Checks required(String field, Object value) {
        if (value == null || value instanceof String text && text.isBlank()
                || value instanceof Optional<?> optional && optional.isEmpty()) {
            errors.add(new FieldError(field, "validation.required"));
        }
        return this;
    }

    public Checks maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new FieldError(field, "validation.tooLong", max));
        }
        return this;
    }

    public Checks notInFuture(String field, LocalDate value, LocalDate today) {
        if (value != null && value.isAfter(today)) {
            errors.add(new FieldError(field, "validation.inFuture"));
        }
        return this;
    }

    public Checks notBefore(String field, LocalDate value, String otherField, LocalDate other) {
        if (value != null && other != null && value.isBefore(other)) {
            errors.add(new FieldError(field, "validation.before", otherField));
        }
        return this;
    }

    public Checks that(boolean condition, String field, String messageKey, Object... arguments) {
        if (!condition) {
            errors.add(new FieldError(field, messageKey, arguments));
        }
        return this;
    }

    /** An ISO date (2026-11-28), or empty when blank; an unreadable date is an error. */
    public Optional<LocalDate> date(String field, String value) {
        return parsed(field, value, LocalDate::parse, "validation.date");
    }

    /** An ISO instant (2026-11-28T09:30:00Z), or empty when blank; an unreadable one is an error. */
    public Optional<Instant> instant(String field, String value) {
        return parsed(field, value, Instant::parse, "validation.instant");
    }

    private <T> Optional<T> parsed(String field, String value, Function<String, T> parser, String messageKey) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parser.apply(value.strip()));
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(field, messageKey, value));
            return Optional.empty();
        }
    }

    /** One of an enum's names, or empty when blank; anything else is an error that lists the choices. */
    public <E extends Enum<E>> Optional<E> choice(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Enum.valueOf(type, value.strip()));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(field, "validation.choice",
                    Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "))));
            return Optional.empty();
        }
    }

    public boolean hasErrorFor(String field) {
        return errors.stream().anyMatch(error -> error.field().equals(field));
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInput(errors);
        }
    }
}
