package eu.guardian.platform.jobs;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The database lease that lets a scheduled job run once per slot in a cluster: every server's timer fires, each tries
 * to insert the run's {@code (job, slot)} row, and the unique key lets exactly one insert succeed; the others skip the
 * run. The same row then records how the run ended (docs/cluster.md#jobs). Plain JDBC on the caller's connection in
 * auto-commit, so that the claim is committed before the job starts and is seen by every other server at once.
 */
public final class JobSlots {

    public enum Outcome {
        RUNNING, SUCCEEDED, FAILED
    }

    /** How long the record of runs is kept. */
    public static final Duration KEPT_FOR = Duration.ofDays(30);

    private static final int FAILURE_LENGTH = 500;

    private JobSlots() {
    }

    /**
     * The slot a timer's firing belongs to: its minute, rounded to the nearest, so that servers whose clocks (or
     * timers) differ by up to half a minute claim the same slot. Every job is scheduled on whole minutes.
     */
    public static Instant slotOf(Instant firedAt) {
        return firedAt.plusSeconds(30).truncatedTo(ChronoUnit.MINUTES);
    }

    /**
     * Claims the run; true for the one caller that inserted the row, false when another server (or an earlier try)
     * holds it. A concurrent claim waits on the key's lock until the first commits, then loses.
     */
    public static boolean claim(Connection connection, String job, Instant slot, String instance, Instant now)
            throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT IGNORE INTO job_run"
                + " (job, slot, instance, started_at, outcome) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, job);
            insert.setTimestamp(2, Timestamp.from(slot));
            insert.setString(3, instance);
            insert.setTimestamp(4, Timestamp.from(now));
            insert.setString(5, Outcome.RUNNING.name());
            return insert.executeUpdate() == 1;
        }
    }

    /** Records how the claimed run ended; the failure's message (never personal data: exception text) is cut short. */
    public static void finish(Connection connection, String job, Instant slot, Outcome outcome, String failure,
            Instant now) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("UPDATE job_run SET finished_at = ?, outcome = ?,"
                + " failure = ? WHERE job = ? AND slot = ?")) {
            update.setTimestamp(1, Timestamp.from(now));
            update.setString(2, outcome.name());
            update.setString(3, failure == null ? null
                    : failure.substring(0, Math.min(failure.length(), FAILURE_LENGTH)));
            update.setString(4, job);
            update.setTimestamp(5, Timestamp.from(slot));
            update.executeUpdate();
        }
    }

    /** Forgets runs older than the record is kept for, a bounded batch at a time; returns how many went. */
    public static int forgetRunsBefore(Connection connection, Instant limit, int batch) throws SQLException {
        try (PreparedStatement delete = connection.prepareStatement(
                "DELETE FROM job_run WHERE started_at < ? ORDER BY started_at LIMIT " + batch)) {
            delete.setTimestamp(1, Timestamp.from(limit));
            return delete.executeUpdate();
        }
    }
}
