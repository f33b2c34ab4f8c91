package eu.guardian.platform.jobs;

import eu.guardian.platform.operations.MetricsText;
import eu.guardian.platform.operations.OperationalFigures;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Row;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

/**
 * The scheduled jobs in {@code /metrics}, for the whole cluster (every server reads the same {@code job_run} rows):
 * runs and failures of the last day per job, and when each last succeeded, which an operator alerts on when a nightly
 * job is more than a day old. Two reads on job_run's indexes per scrape.
 */
@ApplicationScoped
public class JobFigures implements OperationalFigures {

    private static final Duration WINDOW = Duration.ofDays(1);

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Override
    public void writeTo(MetricsText metrics) {
        for (Row row : NativeRows.list(em.createNativeQuery("SELECT job, COUNT(*) AS runs,"
                        + " SUM(CASE WHEN outcome = 'FAILED' THEN 1 ELSE 0 END) AS failures FROM job_run"
                        + " WHERE started_at >= ? GROUP BY job ORDER BY job")
                .setParameter(1, Timestamp.from(clock.instant().minus(WINDOW))))) {
            String job = MetricsText.label("job", row.text("job"));
            metrics.gauge("guardian_job_runs_last_day", "Runs of each scheduled job in the last 24 hours, whole cluster",
                    job, row.number("runs"));
            metrics.gauge("guardian_job_failures_last_day", "Failed runs of each scheduled job in the last 24 hours",
                    job, row.number("failures"));
        }
        for (Row row : NativeRows.list(em.createNativeQuery("SELECT job, MAX(finished_at) AS newest FROM job_run"
                + " WHERE outcome = 'SUCCEEDED' GROUP BY job ORDER BY job"))) {
            metrics.gauge("guardian_job_last_success_timestamp_seconds", "When each scheduled job last succeeded",
                    MetricsText.label("job", row.text("job")), row.instant("newest").getEpochSecond());
        }
    }
}
