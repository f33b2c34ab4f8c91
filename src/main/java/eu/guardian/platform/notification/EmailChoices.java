package eu.guardian.platform.notification;

import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;

/** Each signed-in user's own e-mail choice for notifications; nobody reads or sets another's. */
@Stateless
@PermitAll
public class EmailChoices {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    public EmailChoice own() {
        return of(em, currentUser.getName());
    }

    public void choose(EmailChoice choice) {
        em.createNativeQuery("INSERT INTO notification_email_choice (username, choice, updated_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE choice = VALUES(choice), updated_at = VALUES(updated_at)")
                .setParameter(1, currentUser.getName()).setParameter(2, choice.name())
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
    }

    static EmailChoice of(EntityManager em, String username) {
        return NativeRows.first(em.createNativeQuery("SELECT choice FROM notification_email_choice WHERE username = ?")
                        .setParameter(1, username))
                .map(row -> row.enumValue("choice", EmailChoice.class)).orElse(EmailChoice.IMMEDIATELY);
    }
}
