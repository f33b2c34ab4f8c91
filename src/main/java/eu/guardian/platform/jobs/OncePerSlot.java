package eu.guardian.platform.jobs;

import eu.guardian.platform.persistence.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundTimeout;
import jakarta.interceptor.InvocationContext;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Put on a scheduled bean ({@code @Interceptors(OncePerSlot.class)}): each timer firing first claims its slot in the
 * database ({@link JobSlots}) and runs only on the server that won it; the run's end (or failure) is recorded for
 * {@code /metrics}. A server that dies in a run loses that slot only: the next run catches up (docs/cluster.md#jobs).
 */
public class OncePerSlot {

    private static final Logger LOG = Logger.getLogger(OncePerSlot.class.getName());

    /** This server among the cluster's: host and process, enough for an operator to tell which one ran a job. */
    static final String INSTANCE = ManagementFactory.getRuntimeMXBean().getName();

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    @AroundTimeout
    public Object onceInTheCluster(InvocationContext invocation) throws Exception {
        String job = invocation.getMethod().getDeclaringClass().getSimpleName() + "."
                + invocation.getMethod().getName();
        Instant slot = JobSlots.slotOf(clock.instant());
        if (!claim(job, slot)) {
            LOG.fine(() -> job + " at " + slot + " runs on another server");
            return null;
        }
        try {
            Object result = invocation.proceed();
            finish(job, slot, JobSlots.Outcome.SUCCEEDED, null);
            return result;
        } catch (Exception | Error e) {
            finish(job, slot, JobSlots.Outcome.FAILED, e.getClass().getSimpleName() + ": " + e.getMessage());
            throw e;
        }
    }

    private boolean claim(String job, Instant slot) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return JobSlots.claim(connection, job, slot, INSTANCE, clock.instant());
        }
    }

    private void finish(String job, Instant slot, JobSlots.Outcome outcome, String failure) {
        try (Connection connection = dataSource.getConnection()) {
            JobSlots.finish(connection, job, slot, outcome, failure, clock.instant());
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "The end of " + job + " at " + slot + " was not recorded", e);
        }
    }
}
