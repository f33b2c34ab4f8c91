package eu.guardian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.platform.jobs.JobSlots;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Database;
import eu.guardian.testsupport.TestData;
import eu.guardian.testsupport.Tokens;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A scheduled job runs once per slot however many servers fire its timer (docs/cluster.md#jobs): two servers' claims
 * of one slot, in two transactions of the real database, leave one winner; the app's own timers record their runs,
 * which /metrics shows.
 */
class JobsOnceInClusterIT {

    @Test
    void ofTwoConcurrentClaimsOfOneSlotExactlyOneWins() throws Exception {
        String job = "JobsOnceInClusterIT." + TestData.uniqueWord();
        Instant slot = JobSlots.slotOf(Instant.now());
        try (Connection first = Database.connect(); Connection second = Database.connect()) {
            first.setAutoCommit(false);
            second.setAutoCommit(false);
            assertTrue(JobSlots.claim(first, job, slot, "server-a", Instant.now()), "the first claim wins");
            // The second server claims while the first's claim is not yet committed: it waits for it, then loses.
            CompletableFuture<Boolean> secondClaim = CompletableFuture.supplyAsync(() -> claim(second, job, slot));
            Thread.sleep(300);
            first.commit();
            assertFalse(secondClaim.get(30, TimeUnit.SECONDS), "the second server skips the run");
            second.commit();
            assertEquals(1, runsOf(job), "one run recorded");
            assertTrue(JobSlots.claim(second, job, slot.plus(1, ChronoUnit.MINUTES), "server-b", Instant.now()),
                    "the next slot is free again");
            second.commit();
        }
    }

    @Test
    void aClaimRolledBackByAServerThatDiedLeavesTheSlotToAnother() throws SQLException {
        String job = "JobsOnceInClusterIT." + TestData.uniqueWord();
        Instant slot = JobSlots.slotOf(Instant.now());
        try (Connection dying = Database.connect(); Connection other = Database.connect()) {
            dying.setAutoCommit(false);
            assertTrue(JobSlots.claim(dying, job, slot, "server-a", Instant.now()));
            dying.rollback();
            assertTrue(JobSlots.claim(other, job, slot, "server-b", Instant.now()));
            assertFalse(JobSlots.claim(other, job, slot, "server-b", Instant.now()), "a slot is claimed once");
        }
    }

    @Test
    void serversWhoseTimersFireUpToHalfAMinuteApartClaimTheSameSlot() {
        Instant minute = Instant.parse("2026-12-03T01:15:00Z");
        assertEquals(minute, JobSlots.slotOf(minute.minusSeconds(29)));
        assertEquals(minute, JobSlots.slotOf(minute.plusSeconds(29)));
    }

    @Test
    void theAppsTimersRecordTheirRunsForTheOperator() throws Exception {
        // The sign-in events job runs every minute: its first run after the stack started is awaited if need be.
        String job = "AccountSchedule.importSignInEvents";
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (finishedRunsOf(job) == 0 && System.nanoTime() < deadline) {
            Thread.sleep(2000);
        }
        assertTrue(finishedRunsOf(job) > 0, "the minute's job has run and recorded its end");
        HttpResponse<String> metrics = Api.exchange(Api.request("/metrics")
                .header("Authorization", "Bearer " + Tokens.accessToken("operator1")));
        assertEquals(200, metrics.statusCode(), metrics.body());
        assertTrue(metrics.body().contains("guardian_job_runs_last_day{job=\"" + job + "\"} "), metrics.body());
        assertTrue(metrics.body().contains("guardian_job_failures_last_day{job=\"" + job + "\"} "), metrics.body());
    }

    private static boolean claim(Connection connection, String job, Instant slot) {
        try {
            return JobSlots.claim(connection, job, slot, "server-b", Instant.now());
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int runsOf(String job) throws SQLException {
        return count("SELECT COUNT(*) FROM job_run WHERE job = ?", job);
    }

    private static int finishedRunsOf(String job) throws SQLException {
        return count("SELECT COUNT(*) FROM job_run WHERE job = ? AND finished_at IS NOT NULL", job);
    }

    private static int count(String sql, String job) throws SQLException {
        try (Connection connection = Database.connect(); PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, job);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
