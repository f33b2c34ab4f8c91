package eu.guardian.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Issue 19's fault drill: guardians keep logging visits while one part of Guardian fails and comes back; for each fault
 * it prints the requests that failed meanwhile (and how), the visits acknowledged and the visits found afterwards
 * (which must be equal), and the time from the part's return to the first visit stored again. The faults themselves
 * (kill, restart, fill the disk) are done by {@code deploy/drill.sh fault NAME inject|restore}, which started this
 * Guardian for the drill and owns its processes (docs/operations.md, "Fault drill").
 */
public final class FaultDrill {

    private static final String CLIENT_ID = "guardian-app";
    private static final String GUARDIAN = "guardian1";
    private static final Duration BEFORE_FAULT = Duration.ofSeconds(5);
    private static final Duration AFTER_RECOVERY = Duration.ofSeconds(5);
    private static final Duration RECOVERY_LIMIT = Duration.ofMinutes(5);
    /** Writes not back this long after a fault ended: the drill shows the database's open transactions. */
    private static final Duration DIAGNOSE_AFTER = Duration.ofSeconds(30);

    /** A fault: how long it lasts before the part is brought back, and what else is checked while it lasts. */
    private enum Fault {
        DATABASE("database restarted (SIGKILL, back after 5 s)", Duration.ofSeconds(5)),
        KEYCLOAK("Keycloak down for 20 s", Duration.ofSeconds(20)),
        GUARDIAN("Guardian killed with SIGKILL during writes", Duration.ofSeconds(1)),
        DISK_FULL("database disk full for 15 s", Duration.ofSeconds(15));

        final String description;
        final Duration held;

        Fault(String description, Duration held) {
            this.description = description;
            this.held = held;
        }

        String id() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    record Result(Fault fault, WriteLoad.Summary during, long acknowledged, long found, long unknown,
            Optional<Duration> outage, Optional<Duration> recovery, String observed) {

        boolean nothingLost() {
            return found >= acknowledged && found <= acknowledged + unknown;
        }
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("--app", "--keycloak", "--control", "--faults", "--clients",
                "--realm-file"), Set.of());
        URI app = Loopback.requireHttp("Guardian", options.text("--app", "APP_URL", "http://localhost:8080"));
        URI keycloak = Loopback.requireHttp("Keycloak", options.text("--keycloak", "KEYCLOAK_URL",
                "http://localhost:8180"));
        String databaseUrl = Optional.ofNullable(System.getenv("DB_URL"))
                .orElse("jdbc:mysql://127.0.0.1:3307/guardian?sslMode=DISABLED");
        Loopback.requireJdbc(databaseUrl);
        Path control = Path.of(options.text("--control", null, "deploy/drill.sh"));
        int clients = options.number("--clients", "DRILL_CLIENTS", 4, 1, 16);
        List<Fault> faults = new ArrayList<>();
        for (String name : options.text("--faults", "DRILL_FAULTS", "database,keycloak,guardian,disk-full").split(",")) {
            faults.add(Fault.valueOf(name.trim().toUpperCase(Locale.ROOT).replace('-', '_')));
        }
        String clientSecret = TokenSource.clientSecret(Path.of(options.text("--realm-file", null, "realm-export.json")),
                CLIENT_ID);
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(3)).build();
        String run = Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
        System.out.printf("Fault drill %s: %d clients logging visits for %s, load average %.1f%n", run, clients,
                GUARDIAN, loadAverage());
        List<Result> results = new ArrayList<>();
        for (Fault fault : faults) {
            // A fresh token per fault: the Keycloak fault must not meet a renewal, and no fault should use a token
            // older than the one before it left behind.
            TokenSource tokens = new TokenSource(http, URI.create(keycloak + "/realms/guardianship"), CLIENT_ID,
                    clientSecret);
            String marker = "Fault drill " + run + " " + fault.id();
            WriteLoad load = new WriteLoad(http, app, tokens, GUARDIAN, marker);
            results.add(drill(fault, load, clients, control, app, http, databaseUrl));
        }
        print(results);
        boolean lost = results.stream().anyMatch(result -> !result.nothingLost());
        System.exit(lost ? 1 : 0);
    }

    private static Result drill(Fault fault, WriteLoad load, int clients, Path control, URI app, HttpClient http,
            String databaseUrl) throws Exception {
        System.out.printf("%n== %s%n", fault.description);
        load.start(clients);
        sleep(BEFORE_FAULT);
        long injected = System.nanoTime();
        control(control, fault, "inject");
        sleep(fault.held);
        String observed = switch (fault) {
            case KEYCLOAK -> "new sign-in: " + signInAnswer(http, app);
            case DISK_FULL -> "reads meanwhile: " + load.readWards();
            default -> "";
        };
        control(control, fault, "restore");
        long restored = System.nanoTime();
        Optional<Long> firstStored = load.firstAcknowledgedAfter(restored, DIAGNOSE_AFTER);
        if (firstStored.isEmpty()) {
            System.out.printf("   no visit stored %d s after the fault ended; the database's open transactions:%n",
                    DIAGNOSE_AFTER.toSeconds());
            control(control, fault, "diagnose");
            firstStored = load.firstAcknowledgedAfter(restored, RECOVERY_LIMIT.minus(DIAGNOSE_AFTER));
        }
        sleep(AFTER_RECOVERY);
        load.stop();
        WriteLoad.Summary during = load.summary(injected, firstStored.orElse(System.nanoTime()));
        WriteLoad.Summary all = load.summary();
        long found = countVisits(databaseUrl, load.marker());
        Result result = new Result(fault, during, all.acknowledged(), found, all.unanswered(),
                firstStored.map(at -> Duration.ofNanos(at - injected)),
                firstStored.map(at -> Duration.ofNanos(at - restored)), observed);
        System.out.printf("   requests during the fault %d, failed %d (%s); acknowledged %d, found %d%s%n",
                during.total(), during.failed(), during.failures(), result.acknowledged(), found,
                observed.isEmpty() ? "" : "; " + observed);
        return result;
    }

    /** What a person who is not signed in meets when opening a page: Keycloak down means "sign-in unavailable". */
    private static String signInAnswer(HttpClient http, URI app) {
        try {
            HttpClient following = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                    .connectTimeout(Duration.ofSeconds(3)).build();
            HttpResponse<String> answer = following.send(HttpRequest.newBuilder(app.resolve("/guardian/"))
                    .timeout(Duration.ofSeconds(20)).GET().build(), HttpResponse.BodyHandlers.ofString());
            String page = answer.uri().getPath();
            return "HTTP " + answer.statusCode() + " " + page.substring(page.lastIndexOf('/') + 1);
        } catch (IOException e) {
            return "no answer (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void control(Path control, Fault fault, String step) throws IOException, InterruptedException {
        Process process = new ProcessBuilder("bash", control.toString(), "fault", fault.id(), step).inheritIO().start();
        if (!process.waitFor(6, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(control + " fault " + fault.id() + " " + step + " failed");
        }
    }

    private static long countVisits(String databaseUrl, String marker) throws SQLException {
        String user = Optional.ofNullable(System.getenv("DB_USER")).orElse("guardian");
        String password = Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("guardian-dev");
        try (Connection database = DriverManager.getConnection(databaseUrl, user, password);
                PreparedStatement count = database.prepareStatement("SELECT COUNT(*) FROM visit WHERE place = ?")) {
            count.setString(1, marker);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static void print(List<Result> results) {
        System.out.printf("%n| fault | requests during | failed | how they failed | acknowledged | found | lost "
                + "| from the fault to the next visit stored | from the part's return | also seen |%n"
                + "|---|---:|---:|---|---:|---:|---|---:|---:|---|%n");
        for (Result r : results) {
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %s | %d | %d | %s | %s | %s | %s |%n",
                    r.fault().description, r.during().total(), r.during().failed(), r.during().failures(),
                    r.acknowledged(), r.found(), r.nothingLost() ? "none" : "LOST " + (r.acknowledged() - r.found()),
                    seconds(r.outage()), seconds(r.recovery()),
                    r.observed().isEmpty() ? "" : r.observed());
        }
        System.out.printf(Locale.ROOT, "%nLoad average at the end: %.1f. \"found\" may exceed \"acknowledged\" by the "
                + "requests that got no answer (killed in flight, committed or not), never be below it.%n",
                loadAverage());
    }

    private static String seconds(Optional<Duration> duration) {
        return duration.map(d -> String.format(Locale.ROOT, "%.1f s", d.toMillis() / 1000.0))
                .orElse("not within " + RECOVERY_LIMIT.toMinutes() + " min");
    }

    private static double loadAverage() {
        return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static void sleep(Duration duration) throws InterruptedException {
        Thread.sleep(duration.toMillis());
    }
}
