package eu.guardian.stack;

import eu.guardian.audit.DevelopmentAuditKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Guardian's whole system on one machine: the database (embedded MariaDB unless {@code DB_URL} names another),
 * Keycloak with the demo realm, and Payara Micro with the WAR. {@code deploy/run.sh} runs {@link #main}; the
 * integration tests share one instance per build through {@link #shared()}. Whatever it starts it also stops, on
 * {@link #stop()} or when the JVM ends (Ctrl-C, SIGTERM from deploy/stop.sh, the end of the test run).
 */
public final class GuardianStack {

    /** The demo realm's users: each one's password is the username (development only). */
    public static final List<String> DEMO_USERS =
            List.of("reception1", "caseworker1", "guardian1", "guardian2", "authority1", "auditor1", "admin1",
                    "caseworker-north", "caseworker-south", "authority-south");

    public record Settings(Path workDir, Path serversDir, Path war, Path realm, int databasePort, int keycloakPort,
            int appPort, int mailPort, int mailApiPort, boolean fresh, Optional<String> externalDatabaseUrl,
            String databaseUser, String databasePassword, ClusterOfTwo.Ports clusterPorts, boolean cluster) {
    }

    private static GuardianStack shared;
    private static RuntimeException sharedStartFailure;

    private final Settings settings;
    private EmbeddedDatabase database;
    private KeycloakServer keycloak;
    private PayaraMicroServer payara;
    private PayaraMicroServer secondPayara;
    /** Two clustered instances behind a balancer: all of Guardian with --cluster, on demand in the tests. */
    private ClusterOfTwo cluster;
    private MailServer mail;
    /** Tests only: Guardian's path to Keycloak's Admin REST API, which a test may cut (docs/accounts.md). */
    private LoopbackProxy keycloakAdminRelay;
    private String databaseUrl;
    /** The integration tests' stack (not deploy/run.sh): only it may move Guardian's clock (docs/build.md). */
    private boolean testStack;

    private GuardianStack(Settings settings) {
        this.settings = settings;
    }

    /** The stack the integration tests share: started on first use, stopped when the test JVM ends. */
    public static synchronized GuardianStack shared() {
        if (sharedStartFailure != null) {
            throw new IllegalStateException("The stack did not start (see the first failure)", sharedStartFailure);
        }
        if (shared == null) {
            Path work = Path.of(System.getProperty("guardian.work", "target/it")).toAbsolutePath();
            Settings settings = new Settings(work, Path.of(System.getProperty("guardian.servers", "target/servers")),
                    Path.of(System.getProperty("guardian.war", "target/guardian.war")),
                    Path.of(System.getProperty("guardian.realm", "realm-export.json")),
                    Integer.getInteger("guardian.it.dbPort", 13306), Integer.getInteger("guardian.it.kcPort", 18180),
                    Integer.getInteger("guardian.it.appPort", 18080), Integer.getInteger("guardian.it.mailPort", 13025),
                    Integer.getInteger("guardian.it.mailApiPort", 18025), false, Optional.empty(), "guardian",
                    "guardian-dev", ClusterOfTwo.Ports.from(Integer.getInteger("guardian.it.clusterPort",
                            Integer.getInteger("guardian.it.appPort", 18080) + 20)), false);
            GuardianStack stack = new GuardianStack(settings);
            Runtime.getRuntime().addShutdownHook(new Thread(stack::stop, "guardian-stack-stop"));
            try {
                stack.start(true);
            } catch (RuntimeException e) {
                // Never start a second stack over the first one's half: stop it, and fail every later test at once.
                sharedStartFailure = e;
                stack.stop();
                throw e;
            }
            shared = stack;
        }
        return shared;
    }

    public static void main(String[] args) {
        boolean fresh = List.of(args).contains("--fresh");
        boolean demo = List.of(args).contains("--demo");
        boolean clustered = List.of(args).contains("--cluster");
        Map<String, String> env = System.getenv();
        int appPort = Integer.parseInt(env.getOrDefault("APP_PORT", "8080"));
        int instancePort = Integer.parseInt(env.getOrDefault("INSTANCE_PORT", Integer.toString(appPort + 1)));
        int gridPort = Integer.parseInt(env.getOrDefault("GRID_PORT", "6900"));
        Path work = Path.of(env.getOrDefault("GUARDIAN_HOME", "var")).toAbsolutePath();
        Settings settings = new Settings(work, Path.of("target/servers").toAbsolutePath(),
                Path.of("target/guardian.war").toAbsolutePath(), Path.of("realm-export.json").toAbsolutePath(), Integer.parseInt(env.getOrDefault("DB_PORT", "3307")),
                Integer.parseInt(env.getOrDefault("KEYCLOAK_PORT", "8180")),
                appPort, Integer.parseInt(env.getOrDefault("MAIL_PORT", "2525")),
                Integer.parseInt(env.getOrDefault("MAIL_API_PORT", "8025")), fresh,
                Optional.ofNullable(env.get("DB_URL")).filter(url -> !url.isBlank()),
                env.getOrDefault("DB_USER", "guardian"), env.getOrDefault("DB_PASSWORD", "guardian-dev"),
                new ClusterOfTwo.Ports(appPort, instancePort, instancePort + 1, gridPort, gridPort + 1), clustered);
        GuardianStack stack = new GuardianStack(settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("Stopping Guardian...");
            stack.stop();
            System.out.println("Guardian stopped.");
        }, "guardian-stack-stop"));
        long started = System.nanoTime();
        try {
            stack.start(false);
        } catch (RuntimeException e) {
            System.err.println("Guardian did not start: " + e.getMessage());
            System.exit(1);
        }
        System.out.printf("%nGuardian is ready at %s/ (started in %.1f s)%n", stack.appUrl(),
                (System.nanoTime() - started) / 1e9);
        System.out.printf("  Sign-in service (Keycloak): %s/  (master realm admin: admin / %s)%n",
                stack.keycloak.baseUrl(), stack.keycloak.bootstrapAdminPassword());
        System.out.printf("  Database: %s%n", stack.databaseUrl);
        System.out.printf("  Mail (development: nothing leaves this machine): SMTP localhost:%d, messages at %s/api/user%n",
                settings.mailPort(), stack.mail.apiUrl());
        System.out.printf("  Demo logins (development only, password = username): %s%n", String.join(", ", DEMO_USERS));
        if (clustered) {
            System.out.printf("  Instances (one Hazelcast cluster, behind HAProxy at the address above): a on :%d, "
                    + "b on :%d%n", stack.cluster.ports().instanceA(), stack.cluster.ports().instanceB());
        }
        System.out.printf("  Logs: %s%n", work.resolve("run").toAbsolutePath());
        if (demo) {
            try {
                DemoData.loadUnlessPresent(stack.appUrl(), stack.keycloakIssuer(), stack.clientId(),
                        stack.clientSecret());
            } catch (RuntimeException e) {
                System.err.println("  Demo data could not be loaded: " + e.getMessage());
            }
        }
        try {
            Thread.currentThread().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void start(boolean freshKeycloakData) {
        this.testStack = freshKeycloakData;
        try {
            if (settings.fresh() && Files.exists(settings.workDir())) {
                // All data, but not run/: deploy/run.sh --background keeps this very run's output and PID file there.
                try (Stream<Path> entries = Files.list(settings.workDir())) {
                    for (Path entry : entries.filter(entry -> !entry.getFileName().toString().equals("run")).toList()) {
                        KeycloakServer.deleteTree(entry);
                    }
                }
            }
            Files.createDirectories(settings.workDir());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Keycloak needs nothing of ours: it starts first, while the database and then Payara come up beside it.
        // The tests' cluster has its own address, where users sign in too.
        keycloak = new KeycloakServer(settings.serversDir().resolve("keycloak.zip"), settings.workDir(),
                settings.keycloakPort(), settings.realm(), settings.appPort(), settings.mailPort(), freshKeycloakData,
                settings.cluster() ? List.of() : List.of(settings.clusterPorts().balancer()));
        CompletableFuture<Void> keycloakStarted = CompletableFuture.runAsync(keycloak::start);
        mail = new MailServer(settings.serversDir().resolve("greenmail-standalone.jar"), settings.workDir(),
                settings.mailPort(), settings.mailApiPort());
        CompletableFuture<Void> mailStarted = CompletableFuture.runAsync(mail::start);
        if (freshKeycloakData) { // the tests: Guardian reaches the Admin REST API through a relay they can cut
            keycloakAdminRelay = new LoopbackProxy(settings.keycloakPort());
        }
        if (settings.externalDatabaseUrl().isPresent()) {
            databaseUrl = settings.externalDatabaseUrl().get();
        } else {
            database = EmbeddedDatabase.start(settings.workDir().resolve("db"), settings.databasePort(),
                    settings.databaseUser(), settings.databasePassword());
            databaseUrl = database.jdbcUrl();
        }
        // The app is ready only once it reaches both the database and Keycloak.
        if (settings.cluster()) {
            cluster = newCluster(settings.workDir());
            cluster.start();
            cluster.supervise();
        } else {
            payara = new PayaraMicroServer(settings.serversDir().resolve("payara-micro.jar"), settings.war(),
                    settings.workDir(), settings.appPort());
            payara.start(appEnvironment());
        }
        keycloakStarted.join();
        mailStarted.join();
    }

    private ClusterOfTwo newCluster(Path workDir) {
        // Its own cluster name per stack: two stacks on one machine never join each other.
        return new ClusterOfTwo(settings.clusterPorts(), settings.serversDir(), settings.war(), workDir,
                "guardian-" + settings.clusterPorts().gridA(),
                () -> appEnvironment(URI.create("http://localhost:" + settings.clusterPorts().balancer())));
    }

    private Map<String, String> appEnvironment() {
        return appEnvironment(appUrl());
    }

    private Map<String, String> appEnvironment(URI publicUrl) {
        Map<String, String> environment = new HashMap<>();
        environment.put("DB_URL", databaseUrl);
        environment.put("DB_USER", settings.databaseUser());
        environment.put("DB_PASSWORD", settings.databasePassword());
        if (database != null) {
            environment.put("DB_MIGRATION_USER", EmbeddedDatabase.OWNER);
            environment.put("DB_MIGRATION_PASSWORD", EmbeddedDatabase.OWNER_PASSWORD);
        } else {
            Optional.ofNullable(System.getenv("DB_MIGRATION_USER")).ifPresent(u -> environment.put("DB_MIGRATION_USER", u));
            Optional.ofNullable(System.getenv("DB_MIGRATION_PASSWORD"))
                    .ifPresent(p -> environment.put("DB_MIGRATION_PASSWORD", p));
        }
        environment.put("OIDC_PROVIDER_URI", keycloak.issuer().toString());
        environment.put("OIDC_CLIENT_ID", clientId());
        environment.put("OIDC_CLIENT_SECRET", clientSecret());
        environment.put("GUARDIAN_DEMO_DATA", "true");
        if (testStack) {
            environment.put("GUARDIAN_TEST_CLOCK_CONTROL", "true");
        }
        environment.put("GUARDIAN_PUBLIC_URL", publicUrl.toString());
        environment.put("GUARDIAN_ACCOUNTS_KEYCLOAK_URL", keycloakAdminRelay == null ? keycloak.baseUrl().toString()
                : "http://localhost:" + keycloakAdminRelay.port());
        environment.put("GUARDIAN_ACCOUNTS_CLIENT_SECRET", accountsClientSecret());
        environment.put("GUARDIAN_MAIL_HOST", "127.0.0.1");
        environment.put("GUARDIAN_MAIL_PORT", Integer.toString(settings.mailPort()));
        environment.putAll(auditKeys());
        environment.putAll(documentKeys());
        return environment;
    }

    /**
     * The audit trail's keys for Guardian: those of this process's environment when set (a production-like run),
     * else development keys made at random in the work folder on the first start (docs/audit-integrity.md).
     */
    private Map<String, String> auditKeys() {
        Map<String, String> keys = new HashMap<>();
        if (System.getenv(DevelopmentAuditKeys.MAC_KEY) != null) {
            for (String name : List.of(DevelopmentAuditKeys.MAC_KEY_ID, DevelopmentAuditKeys.MAC_KEY,
                    DevelopmentAuditKeys.RETIRED_MAC_KEYS, DevelopmentAuditKeys.CHECKPOINT_PUBLIC_KEYS)) {
                Optional.ofNullable(System.getenv(name)).ifPresent(value -> keys.put(name, value));
            }
            return keys;
        }
        Map<String, String> development = DevelopmentAuditKeys.ensure(auditKeysFolder());
        for (String name : List.of(DevelopmentAuditKeys.MAC_KEY_ID, DevelopmentAuditKeys.MAC_KEY,
                DevelopmentAuditKeys.CHECKPOINT_PUBLIC_KEYS)) { // never the checkpoint's private key
            keys.put(name, development.get(name));
        }
        return keys;
    }

    /** Where a development stack keeps its audit keys (and the tests read them). */
    public Path auditKeysFolder() {
        return settings.workDir().resolve("audit");
    }

    /**
     * The documents' master keys: those of this process's environment when set (a production-like run), else
     * development keys made at random in the work folder on the first start (docs/documents.md, "Keys").
     */
    private Map<String, String> documentKeys() {
        if (System.getenv(DevelopmentDocumentKeys.KEY) != null) {
            Map<String, String> keys = new HashMap<>();
            for (String name : List.of(DevelopmentDocumentKeys.KEY_ID, DevelopmentDocumentKeys.KEY,
                    DevelopmentDocumentKeys.RETIRED_KEYS)) {
                Optional.ofNullable(System.getenv(name)).ifPresent(value -> keys.put(name, value));
            }
            return keys;
        }
        return DevelopmentDocumentKeys.ensure(settings.workDir().resolve("documents"));
    }

    /**
     * Rotates the development documents' master key (a new current key, the old one retired) and restarts Guardian
     * with it, as an operator would; the database and Keycloak keep running.
     */
    public synchronized void rotateDocumentMasterKey() {
        DevelopmentDocumentKeys.rotate(settings.workDir().resolve("documents"));
        payara.stop();
        payara.start(appEnvironment());
    }

    /**
     * A second instance of the WAR on the same database and Keycloak, for the tests of what must hold across
     * instances (docs/cluster.md); its port from {@code guardian.it.secondAppPort} (default: the app's port + 1).
     */
    public synchronized URI startSecondInstance() {
        if (secondPayara == null) {
            PayaraMicroServer second = new PayaraMicroServer(settings.serversDir().resolve("payara-micro.jar"),
                    settings.war(), settings.workDir().resolve("second"),
                    Integer.getInteger("guardian.it.secondAppPort", settings.appPort() + 1));
            try {
                second.start(appEnvironment());
            } catch (RuntimeException e) {
                second.stop();
                throw e;
            }
            secondPayara = second;
        }
        return secondPayara.baseUrl();
    }

    /** Kills the second instance with SIGKILL, mid-work, as a crashed server (the failover test). */
    public synchronized void killSecondInstance() {
        if (secondPayara != null) {
            secondPayara.kill();
        }
    }

    public synchronized void stopSecondInstance() {
        if (secondPayara != null) {
            secondPayara.stop();
            secondPayara = null;
        }
    }

    /**
     * The tests' cluster: two more instances of the WAR forming one Hazelcast cluster behind HAProxy, on the ports
     * from {@code guardian.it.clusterPort} (five in a row; default the app's port + 20), on the same database and
     * Keycloak as the app (docs/cluster.md, "Sessions").
     */
    public synchronized ClusterOfTwo startCluster() {
        if (cluster == null) {
            ClusterOfTwo started = newCluster(settings.workDir());
            try {
                started.start();
            } catch (RuntimeException e) {
                started.stop();
                throw e;
            }
            cluster = started;
        }
        return cluster;
    }

    public synchronized void stopCluster() {
        if (cluster != null) {
            cluster.stop();
            cluster = null;
        }
    }

    /** Stops whatever was started, app first; safe to call twice. */
    public synchronized void stop() {
        stopSecondInstance();
        stopCluster();
        if (payara != null) {
            payara.stop();
            payara = null;
        }
        if (keycloak != null) {
            keycloak.stop();
        }
        if (keycloakAdminRelay != null) {
            keycloakAdminRelay.close();
        }
        if (mail != null) {
            mail.stop();
            mail = null;
        }
        if (database != null) {
            database.stop();
            database = null;
        }
    }

    public URI appUrl() {
        if (settings.cluster()) {
            return URI.create("http://localhost:" + settings.appPort());
        }
        return payara == null ? URI.create("http://localhost:" + settings.appPort()) : payara.baseUrl();
    }

    public URI keycloakIssuer() {
        return keycloak.issuer();
    }

    /** The password of Keycloak's master-realm administrator (random per data folder). */
    public String keycloakAdminPassword() {
        return keycloak.bootstrapAdminPassword();
    }

    public String databaseUrl() {
        return databaseUrl;
    }

    public String databaseUser() {
        return settings.databaseUser();
    }

    /** The account that owns the schema (runs the migrations); Guardian's own account cannot alter the audit trail. */
    public String databaseOwner() {
        return EmbeddedDatabase.OWNER;
    }

    public String databaseOwnerPassword() {
        return EmbeddedDatabase.OWNER_PASSWORD;
    }

    public String databasePassword() {
        return settings.databasePassword();
    }

    public String clientId() {
        return "guardian-app";
    }

    /** The demo realm's client secret, from realm-export.json unless OIDC_CLIENT_SECRET overrides it. */
    public String clientSecret() {
        String configured = System.getenv("OIDC_CLIENT_SECRET");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            Matcher secret = Pattern.compile("\"secret\"\\s*:\\s*\"([^\"]+)\"").matcher(Files.readString(settings.realm()));
            if (!secret.find()) {
                throw new IllegalStateException("No client secret in " + settings.realm());
            }
            return secret.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The secret of Guardian's service-account client for Keycloak's Admin REST API (a dev-only value of the demo realm
     * unless GUARDIAN_ACCOUNTS_CLIENT_SECRET overrides it).
     */
    public String accountsClientSecret() {
        String configured = System.getenv("GUARDIAN_ACCOUNTS_CLIENT_SECRET");
        if (configured != null && !configured.isBlank()) {
            return configured;
        }
        try {
            Matcher secret = Pattern.compile("\"clientId\"\\s*:\\s*\"guardian-accounts\"[^}]*?\"secret\"\\s*:\\s*\"([^\"]+)\"",
                    Pattern.DOTALL).matcher(Files.readString(settings.realm()));
            if (!secret.find()) {
                throw new IllegalStateException("No secret of the client guardian-accounts in " + settings.realm());
            }
            return secret.group(1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The development mail server's REST API, where the tests read what Keycloak and Guardian sent. */
    public URI mailApiUrl() {
        return mail.apiUrl();
    }

    /** Makes Keycloak unreachable for Guardian's account administration only (tests; sign-in keeps working). */
    public void cutKeycloakAdminApi() {
        keycloakAdminRelay.cut();
    }

    public void restoreKeycloakAdminApi() {
        keycloakAdminRelay.restore();
    }

    public URI keycloakUrl() {
        return keycloak.baseUrl();
    }

    /** Stops Keycloak only (the app keeps running), to show what users see while the sign-in service is down. */
    public void stopKeycloak() {
        keycloak.stop();
    }

    /**
     * Stops the embedded database, runs {@code whileDown}, and starts the database again (also when {@code whileDown}
     * fails): for tests of what users meet during a database outage. Not for an external database.
     */
    public synchronized void whileDatabaseDown(Runnable whileDown) {
        if (database == null) {
            throw new IllegalStateException("The database is external: the stack cannot stop it");
        }
        database.stop();
        try {
            whileDown.run();
        } finally {
            database.restart();
        }
    }

    /** Starts Keycloak again with the data it had. */
    public void startKeycloak() {
        if (!keycloak.isRunning()) {
            keycloak.start();
        }
    }
}
