package eu.guardian.staff;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A login as the administrator sees it: Keycloak's user (names, e-mail, enabled, jurisdictions, whether the invitation
 * is still open) with Guardian's record of it (role, who made it), if Guardian has one.
 *
 * @param id              Keycloak's user id
 * @param role            the role Guardian gave, empty for an account Guardian has no record of
 * @param invitedAt       the last invitation Guardian had Keycloak send; null if none (a field, not an Optional: the
 *                        administrator's page keeps these rows in its view state, which must serialise)
 * @param invitationOpen  the person has not yet done what the invitation asks (set a password...)
 */
public record AccountRecord(String id, String username, String name, String email, boolean enabled, String role,
        List<String> regions, boolean invitationOpen, Instant invitedAt, boolean recorded) implements Serializable {

    private static final long serialVersionUID = 1L;

    static AccountRecord of(KeycloakUser user, Optional<StaffAccount> record) {
        return new AccountRecord(user.id(), user.username(), user.displayName(), user.email(), user.enabled(),
                record.map(StaffAccount::getRole).orElse(""), user.regions(),
                !user.requiredActions().isEmpty(), record.flatMap(StaffAccount::invitedAt).orElse(null),
                record.isPresent());
    }
}
