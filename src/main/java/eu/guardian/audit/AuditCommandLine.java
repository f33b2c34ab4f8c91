package eu.guardian.audit;

import eu.guardian.platform.keys.KeyRing;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * What the audit commands ({@code deploy/verify-audit.sh}, {@code deploy/audit-checkpoint.sh}) read from their
 * environment: the database, the MAC keys and the checkpoint keys. Without {@code GUARDIAN_AUDIT_MAC_KEY} they fall
 * back to the development keys a local stack made in {@code $GUARDIAN_HOME/audit}, and say so.
 */
public final class AuditCommandLine {

    private final Map<String, String> environment;

    private AuditCommandLine(Map<String, String> environment) {
        this.environment = environment;
    }

    public static AuditCommandLine fromEnvironment() {
        Map<String, String> environment = new HashMap<>(System.getenv());
        if (!environment.containsKey(DevelopmentAuditKeys.MAC_KEY)) {
            Path folder = Path.of(environment.getOrDefault("GUARDIAN_HOME", "var"), "audit");
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException("Set GUARDIAN_AUDIT_MAC_KEY and GUARDIAN_AUDIT_MAC_KEY_ID (and"
                        + " GUARDIAN_AUDIT_CHECKPOINT_PUBLIC_KEYS): no development keys in " + folder.toAbsolutePath());
            }
            System.err.println("Using the DEVELOPMENT audit keys of " + folder.toAbsolutePath());
            try {
                DevelopmentAuditKeys.read(folder).forEach(environment::putIfAbsent);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new AuditCommandLine(environment);
    }

    /** For tests: exactly these variables. */
    static AuditCommandLine of(Map<String, String> environment) {
        return new AuditCommandLine(Map.copyOf(environment));
    }

    String get(String name, String fallback) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank()).orElse(fallback);
    }

    Optional<String> get(String name) {
        return Optional.ofNullable(environment.get(name)).filter(v -> !v.isBlank());
    }

    int number(String name, int fallback) {
        return Integer.parseInt(get(name, Integer.toString(fallback)));
    }

    /** A connection as the given account (variables), in UTC, like Guardian's own. */
    Connection connect(String userVariable, String defaultUser, String passwordVariable, String defaultPassword)
            throws SQLException {
        String url = get("DB_URL", "jdbc:mysql://127.0.0.1:" + get("DB_PORT", "3307") + "/guardian?sslMode=DISABLED");
        Properties properties = new Properties();
        properties.setProperty("user", get(userVariable, defaultUser));
        properties.setProperty("password", get(passwordVariable, defaultPassword));
        properties.setProperty("connectionTimeZone", "UTC");
        properties.setProperty("forceConnectionTimeZoneToSession", "true");
        properties.setProperty("characterEncoding", "UTF-8");
        return DriverManager.getConnection(url, properties);
    }

    public KeyRing<MacKey> macKeys() {
        return MacKey.ring(get(DevelopmentAuditKeys.MAC_KEY_ID, "default"),
                get(DevelopmentAuditKeys.MAC_KEY).orElseThrow(), get(DevelopmentAuditKeys.RETIRED_MAC_KEYS));
    }

    Duration checkpointMaxAge() {
        return Duration.ofHours(number("GUARDIAN_AUDIT_CHECKPOINT_MAX_AGE_HOURS", 24));
    }

    /** The checkpoints the oversight body keeps on its own side (the checkpoint command appends them there). */
    Optional<Path> checkpointLog() {
        return get(DevelopmentAuditKeys.CHECKPOINT_LOG).map(Path::of);
    }

    ChainVerifier.Settings verifierSettings() {
        List<ChainCheckpoint> own = checkpointLog().filter(Files::exists).map(log -> {
            try {
                return Files.readAllLines(log).stream().flatMap(line -> ChainCheckpoint.parse(line).stream()).toList();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).orElse(List.of());
        return new ChainVerifier.Settings(macKeys(),
                CheckpointKeys.trusted(get(DevelopmentAuditKeys.CHECKPOINT_PUBLIC_KEYS, "")),
                Duration.ofSeconds(number("GUARDIAN_AUDIT_MAX_CLOCK_SKEW_SECONDS", 2)), own);
    }
}
