package eu.guardian.staff;

import java.time.Instant;
import java.util.Optional;

/**
 * A disagreement between Keycloak and Guardian's records that the reconciliation found.
 *
 * @param kind NO_RECORD: Keycloak has a login Guardian has no record of (made by hand in Keycloak, or an undo that
 *             could not run); NO_ACCOUNT: Guardian has a record whose Keycloak user is gone; STATUS_DIFFERS: one says
 *             enabled, the other disabled; ROLE_DIFFERS: the login does not hold the role Guardian gave it
 */
public record AccountDrift(Kind kind, String keycloakId, Optional<String> username, Optional<String> detail,
        Instant foundAt) {

    public enum Kind {
        NO_RECORD, NO_ACCOUNT, STATUS_DIFFERS, ROLE_DIFFERS
    }
}
