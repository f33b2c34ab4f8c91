package eu.guardian.staff;

import java.util.Optional;

/**
 * Which logins the administrator's list shows (docs/accounts.md, "Counts"): all, those that may sign in, those
 * disabled (by an administrator or by a permanent lockout), or Guardian's accounts whose person has never signed in.
 */
public enum AccountFilter {
    ALL, ACTIVE, DISABLED, AWAITING_SIGN_IN;

    /** Keycloak's "enabled" filter for this choice; empty where Keycloak does not decide it. */
    Optional<Boolean> enabled() {
        return switch (this) {
            case ACTIVE -> Optional.of(true);
            case DISABLED -> Optional.of(false);
            default -> Optional.empty();
        };
    }
}
