package eu.guardian.platform.validation;

import jakarta.ejb.ApplicationException;

/**
 * A service Guardian depends on (e.g. Keycloak's Admin REST API) cannot be reached, so the action was not taken and
 * nothing of it was kept (HTTP 503, a message on the page). Carries a bundle key that says which service and what to
 * do. An application exception that rolls back, so that no half-made change is committed.
 */
@ApplicationException(rollback = true)
public class Unavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;

    public Unavailable(String messageKey, String why, Throwable cause) {
        super(why, cause);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
