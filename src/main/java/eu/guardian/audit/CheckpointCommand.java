package eu.guardian.audit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;

/**
 * {@code deploy/audit-checkpoint.sh}, run by the oversight body (on a schedule, and whenever it wants): verifies the
 * whole chain, then signs its last entry (id, hash, time) with the oversight body's Ed25519 private key, stores the
 * checkpoint in {@code audit_checkpoint} and appends it to the body's own checkpoint log. It signs nothing when the
 * chain does not verify. See docs/audit-integrity.md.
 *
 * <pre>
 *   CheckpointCommand                     one checkpoint now
 *   CheckpointCommand --every MINUTES     one now and one every MINUTES until stopped
 *   CheckpointCommand --new-key-pair DIR  make the oversight body's key pair in DIR
 * </pre>
 * Environment: {@code GUARDIAN_AUDIT_CHECKPOINT_PRIVATE_KEY_FILE}, {@code GUARDIAN_AUDIT_CHECKPOINT_PUBLIC_KEYS}, the
 * MAC keys (to verify), {@code GUARDIAN_AUDIT_CHECKPOINT_LOG}, {@code DB_URL} and the account that may add
 * checkpoints, {@code DB_CHECKPOINT_USER}/{@code DB_CHECKPOINT_PASSWORD} (Guardian's own account may not).
 */
public final class CheckpointCommand {

    private CheckpointCommand() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length == 2 && "--new-key-pair".equals(args[0])) {
            Path folder = Path.of(args[1]);
            Files.createDirectories(folder);
            var pair = CheckpointKeys.generate();
            CheckpointKeys.writeKeyPair(pair, folder.resolve("checkpoint-private.key"),
                    folder.resolve("checkpoint-public.key"));
            System.out.printf("Written %s (keep it with the oversight body only) and %s.%nGive Guardian the public"
                    + " key as GUARDIAN_AUDIT_CHECKPOINT_PUBLIC_KEYS=%s (fingerprint %s)%n",
                    folder.resolve("checkpoint-private.key"), folder.resolve("checkpoint-public.key"),
                    CheckpointKeys.encode(pair.getPublic()), CheckpointKeys.fingerprint(pair.getPublic()));
            return;
        }
        long everyMinutes = args.length == 2 && "--every".equals(args[0]) ? Long.parseLong(args[1]) : 0;
        if (args.length > 0 && everyMinutes <= 0) {
            System.err.println("Usage: audit-checkpoint.sh [--every MINUTES | --new-key-pair DIR]");
            System.exit(2);
        }
        AuditCommandLine command = AuditCommandLine.fromEnvironment();
        while (true) {
            int exit;
            try {
                exit = run(command, System.out);
            } catch (SQLException e) {
                System.err.println("No checkpoint signed: the database could not be used: " + e.getMessage());
                exit = 2;
            }
            if (everyMinutes == 0) {
                System.exit(exit);
            }
            Thread.sleep(everyMinutes * 60_000);
        }
    }

    /** One checkpoint: 0 when signed (or nothing to sign), 1 when the chain does not verify. */
    static int run(AuditCommandLine command, PrintStream out) throws SQLException, IOException {
        Path privateKeyFile = Path.of(command.get(DevelopmentAuditKeys.CHECKPOINT_PRIVATE_KEY_FILE).orElseThrow(
                () -> new IllegalStateException("Set GUARDIAN_AUDIT_CHECKPOINT_PRIVATE_KEY_FILE to the oversight"
                        + " body's private key")));
        PrivateKey privateKey = CheckpointKeys.privateKey(Files.readString(privateKeyFile));
        ChainVerifier.Settings settings = command.verifierSettings();
        try (Connection connection = command.connect("DB_CHECKPOINT_USER", "guardian_owner", "DB_CHECKPOINT_PASSWORD",
                "guardian-owner-dev")) {
            ChainVerifier.Result result = ChainVerifier.verify(connection, settings);
            if (!result.intact()) {
                out.println("No checkpoint signed: the chain is BROKEN at entry "
                        + result.firstProblem().get().entryId() + ". " + result.firstProblem().get().detail());
                return 1;
            }
            if (result.entries() == 0) {
                out.println("The audit trail is empty: nothing to sign.");
                return 0;
            }
            ChainCheckpoint checkpoint = sign(result.lastEntryId(), result.lastHash(), privateKey,
                    settings.checkpointSigners());
            store(connection, checkpoint);
            Optional<Path> log = command.checkpointLog();
            if (log.isPresent()) {
                Files.writeString(log.get(), checkpoint.line() + "\n", StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            }
            out.printf("Checkpoint signed: entry %d of %,d verified, at %s by %s%n", checkpoint.entryId(),
                    result.entries(), checkpoint.signedAt(), checkpoint.signer());
            return 0;
        }
    }

    /** Signs as the trusted public key that the private key belongs to (which also checks the configuration). */
    static ChainCheckpoint sign(long entryId, String entryHash, PrivateKey privateKey, Map<String, PublicKey> trusted) {
        Instant now = Instant.now();
        for (PublicKey candidate : trusted.values()) {
            ChainCheckpoint checkpoint = ChainCheckpoint.sign(entryId, entryHash, now, privateKey, candidate);
            if (checkpoint.isSignedBy(trusted)) {
                return checkpoint;
            }
        }
        throw new IllegalStateException("The private key belongs to none of GUARDIAN_AUDIT_CHECKPOINT_PUBLIC_KEYS");
    }

    static void store(Connection connection, ChainCheckpoint checkpoint) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_checkpoint (entry_id,"
                + " entry_hash, signed_at, signer, signature) VALUES (?, ?, ?, ?, ?)")) {
            insert.setLong(1, checkpoint.entryId());
            insert.setString(2, checkpoint.entryHash());
            insert.setObject(3, LocalDateTime.ofInstant(checkpoint.signedAt(), ZoneOffset.UTC));
            insert.setString(4, checkpoint.signer());
            insert.setString(5, checkpoint.signature());
            insert.executeUpdate();
        }
    }
}
