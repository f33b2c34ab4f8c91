package eu.guardian.guardianship;

import eu.guardian.platform.operations.MetricsText;
import eu.guardian.platform.operations.OperationalFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The national guardian queue in {@code /metrics}: open cases awaiting a full guardian, and those past the legal
 * deadline. Numbers only, for the operator's alerts; the authority's queue and dashboard show the children. Counted on
 * the queue index (status, awaiting_guardian, guardian_due_on).
 */
@ApplicationScoped
public class GuardianQueueFigures implements OperationalFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void writeTo(MetricsText metrics) {
        Number awaiting = (Number) em.createNativeQuery("SELECT COUNT(*) FROM child"
                + " WHERE status = 'OPEN' AND awaiting_guardian = TRUE").getSingleResult();
        Number overdue = (Number) em.createNativeQuery("SELECT COUNT(*) FROM child"
                + " WHERE status = 'OPEN' AND awaiting_guardian = TRUE AND guardian_due_on < ?")
                .setParameter(1, LocalDate.now(clock)).getSingleResult();
        metrics.gauge("guardian_queue_children", "Open cases awaiting a full guardian",
                MetricsText.label("state", "awaiting"), awaiting.doubleValue());
        metrics.gauge("guardian_queue_children", "", MetricsText.label("state", "past_deadline"),
                overdue.doubleValue());
    }
}
