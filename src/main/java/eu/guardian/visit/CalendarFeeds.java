package eu.guardian.visit;

import eu.guardian.guardianship.CurrentGuardianship;
import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.i18n.UserPreferences;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A guardian's personal calendar feed (docs/notifications.md#calendar-feed): the personal contacts due per ward and
 * the open follow-ups, each named by case number only. The secret link is the credential; only its SHA-256 is stored,
 * so the link is shown once, when made; a new link replaces the old one, and a revoked one finds nothing.
 */
@Stateless
public class CalendarFeeds {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int MAX_EVENTS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    UserPreferences preferences;

    @Inject
    CurrentGuardianship guardianships;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "guardian.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** A new secret link for the caller (the old one stops working); shown to them once. */
    @RolesAllowed(Role.Names.GUARDIAN)
    public String newLink() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("INSERT INTO calendar_feed (username, token_hash, created_at) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE token_hash = VALUES(token_hash), created_at = VALUES(created_at)")
                .setParameter(1, currentUser.getName()).setParameter(2, hash(token))
                .setParameter(3, Timestamp.from(clock.instant())).executeUpdate();
        return publicUrl.replaceAll("/+$", "") + "/api/calendar-feed/" + token + ".ics";
    }

    @RolesAllowed(Role.Names.GUARDIAN)
    public void revoke() {
        em.createNativeQuery("DELETE FROM calendar_feed WHERE username = ?").setParameter(1, currentUser.getName())
                .executeUpdate();
    }

    @RolesAllowed(Role.Names.GUARDIAN)
    public boolean hasLink() {
        return !em.createNativeQuery("SELECT 1 FROM calendar_feed WHERE username = ?")
                .setParameter(1, currentUser.getName()).getResultList().isEmpty();
    }

    /** The feed of the link's owner; empty for a token that is not (or no longer) a link. */
    @PermitAll
    public Optional<String> feed(String token) {
        if (token == null || token.length() > 100) {
            return Optional.empty();
        }
        return NativeRows.first(em.createNativeQuery("SELECT username FROM calendar_feed WHERE token_hash = ?")
                .setParameter(1, hash(token))).map(row -> calendarOf(row.text("username")));
    }

    private String calendarOf(String username) {
        Locale language = preferences.languageOf(username).orElse(Locale.ENGLISH);
        LocalDate today = LocalDate.now(clock);
        ICalendar calendar = new ICalendar(Messages.text(language, "calendar.name", List.of()), clock.instant());
        for (Row row : contactsDue(username, today)) {
            LocalDate due = row.optionalDate("first_personal_contact_on").isEmpty() ? row.date("first_meeting_due")
                    : row.date("next_contact_due");
            calendar.allDay("contact-" + row.number("guardianship_id") + "-" + due + "@guardian", due,
                    Messages.text(language, "calendar.contactDue", List.of(row.text("case_number"))));
        }
        for (Row row : followUpsOpen(username, today)) {
            calendar.allDay("follow-up-" + row.number("id") + "@guardian", row.date("due_on"),
                    Messages.text(language, "calendar.followUpDue", List.of(row.text("case_number"))));
        }
        return calendar.end();
    }

    private List<Row> contactsDue(String username, LocalDate today) {
        SqlFragment current = CurrentGuardianship.onDay("g", today);
        var query = em.createNativeQuery("SELECT s.guardianship_id, s.first_meeting_due, s.first_personal_contact_on,"
                + " s.next_contact_due, c.case_number FROM contact_schedule s JOIN guardianship g"
                + " ON g.id = s.guardianship_id JOIN guardian gu ON gu.id = s.guardian_id JOIN child c ON c.id = s.child_id"
                + " WHERE gu.username = ? AND " + current.sql() + " ORDER BY s.next_contact_due LIMIT ?");
        int next = current.bind(query.setParameter(1, username), 2);
        return NativeRows.list(query.setParameter(next, MAX_EVENTS));
    }

    private List<Row> followUpsOpen(String username, LocalDate today) {
        SqlFragment ward = guardianships.wardOfUser("f.child_id", username, today);
        var query = em.createNativeQuery("SELECT f.id, f.due_on, c.case_number FROM visit_follow_up f"
                + " JOIN child c ON c.id = f.child_id WHERE f.done_on IS NULL AND " + ward.sql()
                + " ORDER BY f.due_on LIMIT ?");
        int next = ward.bind(query, 1);
        return NativeRows.list(query.setParameter(next, MAX_EVENTS));
    }

    static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
