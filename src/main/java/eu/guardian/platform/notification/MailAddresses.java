package eu.guardian.platform.notification;

import java.util.Optional;

/**
 * Where a user's notification e-mails go: their address as the sign-in service knows it (implemented where the
 * logins are administered, so that the platform does not depend on a capability). Empty: the user has none.
 * Throws when the service cannot be reached, so that the mail is tried again later.
 */
public interface MailAddresses {

    Optional<String> of(String username);
}
