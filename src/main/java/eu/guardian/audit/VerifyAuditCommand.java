package eu.guardian.audit;

import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;

/**
 * {@code deploy/verify-audit.sh}: verifies the audit trail straight from the database, independently of the running
 * application, so an inspectorate can run it against the live database or a copy: MACs, links, key rotations,
 * checkpoints (also those in its own checkpoint log) and time order ({@link ChainVerifier}). Exit code 0 when intact,
 * 1 when not (the first entry that does not fit is named, and why). Reads with {@code DB_USER}/{@code DB_PASSWORD}:
 * any account that may read the trail and its checkpoints.
 */
public final class VerifyAuditCommand {

    private VerifyAuditCommand() {
    }

    public static void main(String[] args) {
        try {
            System.exit(runFromEnvironment(System.out).intact() ? 0 : 1);
        } catch (SQLException e) {
            System.err.println("Could not read the audit trail: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Verifies with what the environment names (see {@link AuditCommandLine}) and prints the verdict. */
    public static ChainVerifier.Result runFromEnvironment(PrintStream out) throws SQLException {
        return run(AuditCommandLine.fromEnvironment(), out);
    }

    static ChainVerifier.Result run(AuditCommandLine command, PrintStream out) throws SQLException {
        try (Connection connection = command.connect("DB_USER", "guardian", "DB_PASSWORD", "guardian-dev")) {
            ChainVerifier.Result result = ChainVerifier.verify(connection, command.verifierSettings());
            out.printf("%,d entries checked in %.1f s (%,.0f entries/s; %,d legacy SHA-256 entries), %d checkpoints"
                    + " matched: %s%n", result.entries(), result.seconds(),
                    result.entries() / Math.max(result.seconds(), 1e-9), result.legacyEntries(), result.checkpoints(),
                    result.firstProblem().map(p -> "BROKEN at entry " + p.entryId() + " (" + p.problem() + "). "
                            + p.detail()).orElse("the chain is intact"));
            Duration maxAge = command.checkpointMaxAge();
            result.lastCheckpoint().ifPresentOrElse(last -> {
                Duration age = Duration.between(last.signedAt(), Instant.now());
                out.printf("Last checkpoint: entry %d, signed %s (%.1f h ago)%s%n", last.entryId(), last.signedAt(),
                        age.toMinutes() / 60.0, age.compareTo(maxAge) > 0
                                ? "; OLDER than " + maxAge.toHours() + " h: run deploy/audit-checkpoint.sh" : "");
            }, () -> out.println("No checkpoint has been signed yet: run deploy/audit-checkpoint.sh"));
            return result;
        }
    }
}
