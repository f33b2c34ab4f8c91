package eu.guardian.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The cluster drill (docs/cluster.md, "Drill"), against {@code deploy/run.sh --cluster} started by
 * deploy/drill-cluster.sh: first visits/s through one instance and through the balancer to both, with the instances'
 * CPU per visit; then 60 s of visit writes (each with an Idempotency-Key, retried with it on a failure) and reads of
 * the wards list through the balancer while instance a is killed with SIGKILL at 20 s and started again by the
 * launcher. Prints the requests that failed, the visits acknowledged and found (equal: each stored once) and the job
 * runs claimed twice (none). The audit chain is verified by the script afterwards.
 */
public final class ClusterDrill {

    private static final String CLIENT_ID = "guardian-app";
    private static final String GUARDIAN = "guardian1";

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("--app", "--instance-a", "--keycloak", "--home",
                "--clients", "--seconds"), Set.of());
        URI balancer = Loopback.requireHttp("Guardian", options.text("--app", "APP_URL", "http://localhost:8080"));
        URI instanceA = Loopback.requireHttp("instance a", options.text("--instance-a", null, "http://localhost:8081"));
        URI keycloak = Loopback.requireHttp("Keycloak", options.text("--keycloak", "KEYCLOAK_URL",
                "http://localhost:8180"));
        Path home = Path.of(options.text("--home", "GUARDIAN_HOME", "var"));
        int clients = options.number("--clients", "DRILL_CLIENTS", 4, 1, 16);
        int seconds = options.number("--seconds", "DRILL_SECONDS", 20, 5, 600);
        String databaseUrl = Optional.ofNullable(System.getenv("DB_URL"))
                .orElse("jdbc:mysql://127.0.0.1:3307/guardian?sslMode=DISABLED");
        Loopback.requireJdbc(databaseUrl);
        String secret = TokenSource.clientSecret(Path.of("realm-export.json"), CLIENT_ID);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        TokenSource tokens = new TokenSource(http, URI.create(keycloak + "/realms/guardianship"), CLIENT_ID, secret);
        String run = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        System.out.printf(Locale.ROOT, "Cluster drill %s: %d clients, load average %.1f%n", run, clients,
                loadAverage());

        System.out.printf("%n== Visits/s, %d clients, %d s each%n", clients, seconds);
        System.out.println("| through | visits/s | CPU s per 100 visits (instances together) | failed |");
        System.out.println("|---|---:|---:|---:|");
        throughput("instance a alone", instanceA, home, List.of("a"), http, tokens, run, clients, seconds);
        throughput("the balancer, both instances", balancer, home, List.of("a", "b"), http, tokens, run, clients,
                seconds);

        System.out.printf("%n== Failover: 60 s through the balancer, instance a killed (SIGKILL) at 20 s%n");
        Instant started = Instant.now();
        WriteLoad load = new WriteLoad(http, balancer, tokens, GUARDIAN, "Cluster drill " + run).retryingWithKeys();
        load.start(clients);
        FaultDrill.sleep(Duration.ofSeconds(20));
        long killedPid = pid(home, "a");
        ProcessHandle.of(killedPid).ifPresent(ProcessHandle::destroyForcibly);
        System.out.printf("   killed instance a (PID %d); the launcher starts it again%n", killedPid);
        String readsAfterKill = load.readWards();
        FaultDrill.sleep(Duration.ofSeconds(40));
        String readsAtEnd = load.readWards();
        load.stop();
        WriteLoad.Summary all = load.summary();
        long found = countVisits(databaseUrl, load.marker());
        long doubleJobs = jobSlotsRunTwice(databaseUrl, started);
        boolean exactlyOnce = found == all.acknowledged() || found <= all.acknowledged() + all.unanswered();
        System.out.printf("   requests %d, failed %d (%s), retried with their key %d; acknowledged %d, found %d (%s)%n",
                all.total(), all.failed(), all.failures(), load.retried(), all.acknowledged(), found,
                exactlyOnce ? "each once" : "MISMATCH");
        System.out.printf("   reads of the wards list right after the kill: %s; at the end: %s%n", readsAfterKill,
                readsAtEnd);
        System.out.printf("   job slots claimed by more than one run meanwhile: %d; instance a back: %s%n", doubleJobs,
                pid(home, "a") != killedPid ? "yes (PID " + pid(home, "a") + ")" : "not yet");
        System.out.printf(Locale.ROOT, "Load average at the end: %.1f%n", loadAverage());
        System.exit(exactlyOnce && all.failed() == 0 && doubleJobs == 0 ? 0 : 1);
    }

    private static void throughput(String label, URI app, Path home, List<String> instances, HttpClient http,
            TokenSource tokens, String run, int clients, int seconds) throws Exception {
        WriteLoad load = new WriteLoad(http, app, tokens, GUARDIAN, "Cluster drill " + run + " " + label);
        load.start(clients);
        FaultDrill.sleep(Duration.ofSeconds(3)); // warm-up, not counted
        long cpuBefore = cpuTicks(home, instances);
        long from = System.nanoTime();
        FaultDrill.sleep(Duration.ofSeconds(seconds));
        long until = System.nanoTime();
        long cpuAfter = cpuTicks(home, instances);
        load.stop();
        WriteLoad.Summary window = load.summary(from, until);
        double perSecond = window.acknowledged() / ((until - from) / 1e9);
        double cpuPer100 = window.acknowledged() == 0 ? 0
                : (cpuAfter - cpuBefore) / 100.0 / window.acknowledged() * 100;
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.2f | %d |%n", label, perSecond, cpuPer100, window.failed());
    }

    /** User and system CPU of the instances' Payara processes, in clock ticks (1/100 s on Linux). */
    private static long cpuTicks(Path home, List<String> instances) throws Exception {
        long ticks = 0;
        for (String instance : instances) {
            String[] stat = Files.readString(Path.of("/proc/" + pid(home, instance) + "/stat"))
                    .replaceFirst("^.*\\) ", "").split(" ");
            ticks += Long.parseLong(stat[11]) + Long.parseLong(stat[12]); // utime, stime
        }
        return ticks;
    }

    private static long pid(Path home, String instance) throws Exception {
        return Long.parseLong(Files.readString(home.resolve("cluster-" + instance + "/run/payara.pid")).trim());
    }

    private static long countVisits(String databaseUrl, String marker) throws SQLException {
        try (Connection database = connect(databaseUrl);
                PreparedStatement count = database.prepareStatement("SELECT COUNT(*) FROM visit WHERE place = ?")) {
            count.setString(1, marker);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    /** Job slots since {@code since} with more than one run (the unique key forbids it: this shows it held). */
    private static long jobSlotsRunTwice(String databaseUrl, Instant since) throws SQLException {
        try (Connection database = connect(databaseUrl);
                PreparedStatement count = database.prepareStatement("SELECT COUNT(*) FROM (SELECT job, slot FROM"
                        + " job_run WHERE slot >= ? GROUP BY job, slot HAVING COUNT(*) > 1) twice")) {
            count.setTimestamp(1, java.sql.Timestamp.from(since.minus(1, ChronoUnit.MINUTES)));
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static Connection connect(String databaseUrl) throws SQLException {
        return DriverManager.getConnection(databaseUrl,
                Optional.ofNullable(System.getenv("DB_USER")).orElse("guardian"),
                Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("guardian-dev"));
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
