package eu.guardian.staff;

import eu.guardian.platform.notification.MailAddresses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Notification e-mails go to the address the sign-in service holds for the login (staff and guardians alike): the
 * one place every user's address is kept current (docs/notifications.md). Keycloak unreachable: an exception, so the
 * mail is tried again later.
 */
@ApplicationScoped
public class KeycloakMailAddresses implements MailAddresses {

    @Inject
    KeycloakAdmin keycloak;

    @Override
    public Optional<String> of(String username) {
        return keycloak.userByUsername(username).map(KeycloakUser::email).filter(email -> !email.isBlank());
    }
}
