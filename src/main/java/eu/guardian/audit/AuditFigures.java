package eu.guardian.audit;

import eu.guardian.platform.operations.MetricsText;
import eu.guardian.platform.operations.OperationalFigures;
import eu.guardian.platform.persistence.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;

/**
 * The audit trail in {@code /metrics}: the id of its newest entry (its rate over time is the append rate of all
 * instances together, committed entries only) and the age of the newest checkpoint the oversight body signed, which
 * an operator alerts on before it is overdue (docs/audit-integrity.md). Two index reads per scrape.
 */
@ApplicationScoped
public class AuditFigures implements OperationalFigures {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void writeTo(MetricsText metrics) {
        Number lastId = (Number) em.createNativeQuery("SELECT COALESCE(MAX(id), 0) FROM audit_entry")
                .getSingleResult();
        metrics.counter("guardian_audit_entries_total", "Entries in the audit trail (the newest entry's id)", "",
                lastId.doubleValue());
        NativeRows.first(em.createNativeQuery("SELECT MAX(signed_at) AS newest FROM audit_checkpoint"))
                .flatMap(row -> row.optionalInstant("newest"))
                .ifPresent(newest -> metrics.gauge("guardian_audit_checkpoint_age_seconds",
                        "Time since the newest signed checkpoint", "",
                        Duration.between(newest, clock.instant()).toSeconds()));
    }
}
