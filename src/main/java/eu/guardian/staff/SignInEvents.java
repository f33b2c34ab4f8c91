package eu.guardian.staff;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.persistence.NativeRows;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Brings Keycloak's failed sign-ins and lockouts into Guardian's audit trail, where the auditor sees them: each
 * event exactly once, by its Keycloak event id, whichever server imports it and however often (docs/accounts.md,
 * "Sign-in events"). The import starts a little before the newest event already imported (events of the same
 * millisecond, clocks of several Keycloak nodes) and skips those whose id is known.
 */
@Stateless
@PermitAll
public class SignInEvents {

    /** Keycloak's event types that Guardian's trail takes, and what each becomes there. */
    static final List<String> TYPES = List.of("LOGIN_ERROR", "USER_DISABLED_BY_TEMPORARY_LOCKOUT",
            "USER_DISABLED_BY_PERMANENT_LOCKOUT");
    private static final Duration OVERLAP = Duration.ofMinutes(2);
    private static final int PAGE = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    SignInEvents self;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Imports what is new; returns how many events entered the trail. Each event in a transaction of its own. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int importNew() {
        long from = self.newestImported().map(t -> t.minus(OVERLAP).toEpochMilli()).orElse(0L);
        int imported = 0;
        for (int first = 0; ; first += PAGE) {
            List<JsonObject> events = keycloak.events(TYPES, from, first, PAGE);
            for (JsonObject event : events) {
                if (self.importOne(event)) {
                    imported++;
                }
            }
            if (events.size() < PAGE) {
                return imported;
            }
        }
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<Instant> newestImported() {
        return NativeRows.first(em.createNativeQuery("SELECT MAX(event_time) AS newest FROM signin_event"))
                .flatMap(row -> row.optionalInstant("newest"));
    }

    /**
     * One event: its id first (a duplicate id inserts nothing, and another server inserting it at the same moment
     * makes this one wait and then find it), then its audit entry, in the same transaction.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean importOne(JsonObject event) {
        String id = event.getString("id", "");
        if (id.isEmpty()) {
            return false;
        }
        Instant at = Instant.ofEpochMilli(event.getJsonNumber("time").longValue());
        String type = event.getString("type");
        int inserted = em.createNativeQuery("INSERT IGNORE INTO signin_event (event_id, event_time, event_type,"
                        + " imported_at) VALUES (?, ?, ?, ?)").setParameter(1, id).setParameter(2, Timestamp.from(at))
                .setParameter(3, type).setParameter(4, Timestamp.from(clock.instant())).executeUpdate();
        if (inserted == 0) {
            return false;
        }
        SignInEvent parsed = SignInEvent.of(event);
        String username = parsed.username().or(() -> parsed.userId().flatMap(this::usernameOf))
                .or(parsed::userId).orElse("unknown");
        audit.recordSignInEvent(parsed.action(), username, id, parsed.ipAddress(), Changes.none()
                .note("keycloakTime", at.toString()).note("keycloakEvent", type)
                .note("error", parsed.error().orElse("-")).note("client", parsed.client().orElse("-")));
        return true;
    }

    private Optional<String> usernameOf(String keycloakId) {
        return keycloak.user(keycloakId).map(KeycloakUser::username);
    }
}
