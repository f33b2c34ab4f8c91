package eu.guardian.platform.validation;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Input that breaks a rule, field by field. Messages are bundle keys (with arguments), so that each user reads them
 * in their own language, on a page or in an API answer. Nothing is stored when this is thrown.
 */
@ApplicationException(rollback = true)
public class InvalidInput extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** One broken rule: the field (as named in the API), a message key of the bundle, and the key's arguments. */
    public record FieldError(String field, String messageKey, List<Object> arguments) {
        public FieldError(String field, String messageKey, Object... arguments) {
            this(field, messageKey, List.of(arguments));
        }
    }

    private final transient List<FieldError> errors;

    public InvalidInput(List<FieldError> errors) {
        super(errors.stream().map(e -> e.field() + ": " + e.messageKey()).collect(Collectors.joining(", ")));
        if (errors.isEmpty()) {
            throw new IllegalArgumentException("InvalidInput needs at least one error");
        }
        this.errors = List.copyOf(errors);
    }

    public InvalidInput(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldError(field, messageKey, arguments)));
    }

    public List<FieldError> errors() {
        return errors;
    }
}
