package eu.guardian.platform.validation;

import jakarta.ejb.ApplicationException;

/**
 * The caller may see the thing but not do this to it (HTTP 403, the page's "not allowed"), decided by a row-level
 * rule in a service. An application exception, so that it reaches the caller unwrapped through nested service calls
 * and rolls back what was done.
 */
@ApplicationException(rollback = true)
public class AccessRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public AccessRefused(String why) {
        super(why);
    }
}
