package eu.guardian.staff;

import java.io.Serializable;
import java.time.Instant;

/**
 * A disagreement between Keycloak and Guardian's records that the reconciliation found.
 *
 * @param kind NO_RECORD: Keycloak has a login Guardian has no record of (made by hand in Keycloak, or an undo that
 *             could not run); NO_ACCOUNT: Guardian has a record whose Keycloak user is gone; STATUS_DIFFERS: one says
 *             enabled, the other disabled; ROLE_DIFFERS: the login does not hold the role Guardian gave it
 * @param username the login's name, empty if unknown
 * @param detail   what differs, or the person's name or role; empty if nothing to add
 */
public record AccountDrift(Kind kind, String keycloakId, String username, String detail, Instant foundAt)
        implements Serializable {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        NO_RECORD, NO_ACCOUNT, STATUS_DIFFERS, ROLE_DIFFERS
    }
}
