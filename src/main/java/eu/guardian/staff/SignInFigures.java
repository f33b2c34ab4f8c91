package eu.guardian.staff;

import eu.guardian.platform.operations.MetricsText;
import eu.guardian.platform.operations.OperationalFigures;
import eu.guardian.platform.persistence.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Failed sign-ins and lockouts in {@code /metrics}: those Keycloak recorded in the last hour, as imported by
 * {@link SignInEvents} (a minute or so behind Keycloak), per event type. A burst is what an operator alerts on
 * (password guessing, a misconfigured client). Counted on the event time index.
 */
@ApplicationScoped
public class SignInFigures implements OperationalFigures {

    private static final Duration WINDOW = Duration.ofHours(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void writeTo(MetricsText metrics) {
        LocalDateTime since = LocalDateTime.ofInstant(clock.instant().minus(WINDOW), ZoneOffset.UTC);
        var rows = NativeRows.list(em.createNativeQuery("SELECT event_type, COUNT(*) AS events FROM signin_event"
                + " WHERE event_time >= ? GROUP BY event_type").setParameter(1, since));
        String help = "Failed sign-ins and lockouts Keycloak recorded in the last hour, per type";
        for (String type : SignInEvents.TYPES) {
            long count = rows.stream().filter(row -> row.text("event_type").equals(type))
                    .mapToLong(row -> row.number("events")).sum();
            metrics.gauge("guardian_signin_failures_last_hour", help, MetricsText.label("type", type), count);
            help = "";
        }
    }
}
