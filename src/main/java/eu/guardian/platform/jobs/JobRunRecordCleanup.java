package eu.guardian.platform.jobs;

import eu.guardian.platform.persistence.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;

/** Every night: the record of job runs older than {@link JobSlots#KEPT_FOR} goes, a bounded batch at a time. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(OncePerSlot.class)
public class JobRunRecordCleanup {

    private static final int BATCH = 1000;
    private static final int MAX_BATCHES = 200;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    javax.sql.DataSource dataSource;

    @Inject
    Clock clock;

    @Schedule(hour = "4", minute = "40", persistent = false)
    void forgetOldRuns() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            for (int i = 0; i < MAX_BATCHES; i++) {
                if (JobSlots.forgetRunsBefore(connection, clock.instant().minus(JobSlots.KEPT_FOR), BATCH) < BATCH) {
                    return;
                }
            }
        }
    }
}
