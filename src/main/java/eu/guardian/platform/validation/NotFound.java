package eu.guardian.platform.validation;

import jakarta.ejb.ApplicationException;

/**
 * The thing asked for does not exist, or the caller may not know that it does (a child outside a guardian's
 * guardianship is "not found" to them: its existence is itself protected data).
 */
@ApplicationException(rollback = true)
public class NotFound extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public NotFound(String what) {
        super(what + " not found");
    }
}
