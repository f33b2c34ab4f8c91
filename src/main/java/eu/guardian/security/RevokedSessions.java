package eu.guardian.security;

import eu.guardian.platform.persistence.SqlValues;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import eu.guardian.platform.time.RealTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak sessions that ended: once Keycloak has told Guardian (back-channel logout), no token of the session is
 * accepted any more, by any Guardian instance. The database is what every instance shares; each instance remembers
 * a session it found still valid for {@link #RECHECK_AFTER} at most, so another instance's revocation reaches it
 * within that time. A row is kept for the setting {@code guardian.security.revoked-session-retention-minutes}, which
 * must exceed the realm's longest token lifespan (README, "Tokens and sessions").
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class RevokedSessions {

    static final Duration RECHECK_AFTER = Duration.ofSeconds(5);
    private static final int REMEMBERED_AT_MOST = 10_000;

    @PersistenceContext
    EntityManager em;

    @Inject

    @RealTime
    Clock clock;

    @Inject
    @ConfigProperty(name = "guardian.security.revoked-session-retention-minutes", defaultValue = "1440")
    int retentionMinutes;

    /** Session id → until when it is known to be revoked, or until when it is known to be still valid. */
    private final Map<String, Instant> revokedUntil = new ConcurrentHashMap<>();
    private final Map<String, Instant> validUntil = new ConcurrentHashMap<>();

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public boolean isRevoked(String sessionId) {
        Instant now = clock.instant();
        Instant revoked = revokedUntil.get(sessionId);
        if (revoked != null && revoked.isAfter(now)) {
            return true;
        }
        Instant valid = validUntil.get(sessionId);
        if (valid != null && valid.isAfter(now)) {
            return false;
        }
        Optional<Instant> stored = stored(sessionId, now);
        remember(stored.isPresent() ? revokedUntil : validUntil, sessionId,
                stored.orElse(now.plus(RECHECK_AFTER)));
        return stored.isPresent();
    }

    /** Records that the session ended; forgets sessions whose tokens have all expired. */
    public void revoke(String sessionId) {
        Instant now = clock.instant();
        Instant forgetAfter = now.plus(Duration.ofMinutes(retentionMinutes));
        em.createNativeQuery("DELETE FROM revoked_session WHERE forget_after < ?")
                .setParameter(1, Timestamp.from(now)).executeUpdate();
        em.createNativeQuery("INSERT INTO revoked_session (sid, revoked_at, forget_after) VALUES (?, ?, ?)"
                        + " ON DUPLICATE KEY UPDATE forget_after = VALUES(forget_after)")
                .setParameter(1, sessionId).setParameter(2, Timestamp.from(now))
                .setParameter(3, Timestamp.from(forgetAfter)).executeUpdate();
        validUntil.remove(sessionId);
        remember(revokedUntil, sessionId, forgetAfter);
    }

    private Optional<Instant> stored(String sessionId, Instant now) {
        List<?> rows = em.createNativeQuery("SELECT forget_after FROM revoked_session WHERE sid = ? AND forget_after > ?")
                .setParameter(1, sessionId).setParameter(2, Timestamp.from(now)).getResultList();
        return rows.stream().findFirst().map(SqlValues::instant);
    }

    private static void remember(Map<String, Instant> answers, String sessionId, Instant until) {
        if (answers.size() >= REMEMBERED_AT_MOST) {
            answers.clear();
        }
        answers.put(sessionId, until);
    }
}
