package eu.guardian.platform.validation;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * The request is well-formed but the case's state forbids it (e.g. appointing an ineligible guardian without a
 * justification). Carries a bundle key and details (such as the rules an appointment would break).
 */
@ApplicationException(rollback = true)
public class Conflict extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final List<String> details;

    public Conflict(String messageKey, List<String> details) {
        super(messageKey + " " + details);
        this.messageKey = messageKey;
        this.details = List.copyOf(details);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<String> details() {
        return details;
    }
}
