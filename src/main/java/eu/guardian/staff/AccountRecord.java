package eu.guardian.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A login as the administrator sees it: Keycloak's user (names, e-mail, enabled, jurisdictions, whether the invitation
 * is still open) with Guardian's record of it (role, who made it), if Guardian has one.
 *
 * @param id              Keycloak's user id
 * @param role            the role Guardian gave, empty for an account Guardian has no record of
 * @param invitationOpen  the person has not yet done what the invitation asks (set a password...)
 */
public record AccountRecord(String id, String username, String name, String email, boolean enabled,
        Optional<String> role, List<String> regions, boolean invitationOpen, Optional<Instant> invitedAt,
        boolean recorded) {

    static AccountRecord of(KeycloakUser user, Optional<StaffAccount> record) {
        return new AccountRecord(user.id(), user.username(), user.displayName(), user.email(), user.enabled(),
                record.map(StaffAccount::getRole), user.regions(), !user.requiredActions().isEmpty(),
                record.flatMap(StaffAccount::invitedAt), record.isPresent());
    }

    /** For pages: the role or an empty text. */
    public String roleName() {
        return role.orElse("");
    }
}
