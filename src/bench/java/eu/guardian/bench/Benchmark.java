package eu.guardian.bench;

import eu.guardian.audit.ChainVerifier;
import eu.guardian.audit.VerifyAuditCommand;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;

/**
 * Measures issue 3's performance budgets against a running Guardian (deploy/run.sh) filled by {@link DataGenerator}:
 * the children list filtered and sorted (p95 within 50 ms), a child's file (25 ms) and the awaiting-guardian queue
 * (50 ms), through the REST API with real Keycloak tokens. Each scenario gets a bounded number of requests, and at
 * most --time-limit seconds for them (a scenario within budget needs less), sent by one client and then by two at
 * once; then it prints a Markdown table and stops. Budgets are measured here, never asserted in tests: the exit
 * status is 0 whenever the run itself worked.
 *
 * <pre>
 *   Benchmark [--app http://localhost:8080] [--keycloak http://localhost:8180] [--warmup 200] [--requests 500]
 *             [--clients 1,2] [--time-limit 30] [--children 100000] [--realm-file realm-export.json] [--seed S]
 * </pre>
 */
public final class Benchmark {

    private static final int LIST_BUDGET_MS = 50;
    private static final int FILE_BUDGET_MS = 25;
    private static final int QUEUE_BUDGET_MS = 50;
    private static final String CLIENT_ID = "guardian-app";
    private static final String CASEWORKER = "caseworker1";
    private static final String AUTHORITY = "authority1";
    private static final String AUDITOR = "auditor1";
    private static final int AUDIT_PAGE_BUDGET_MS = 100;
    private static final int READERS_BUDGET_MS = 50;
    private static final int DASHBOARD_BUDGET_MS = 300;
    private static final int VERIFY_BUDGET_PER_SECOND = 200_000;
    private static final int MY_CHILDREN_BUDGET_MS = 50;
    /** Prefixes of name words in several scripts, as users type them; the first is the budget's example. */
    private static final List<String> NAME_PREFIXES = List.of("moh", "ahm", "fat", "yon", "dia", "abd", "kar",
            "مح", "ሰላ", "шев", "ahmadz", "traore");
    private static final List<String> NATIONALITIES = List.of("SY", "AF", "ER", "GN", "UA", "RO");
    private static final int EXIT_APP_NOT_UP = 2;

    private Benchmark() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        CommandLine options = new CommandLine(args, Set.of("--app", "--keycloak", "--warmup", "--requests",
                "--clients", "--children", "--realm-file", "--seed", "--time-limit", "--load-clients", "--load-seconds"),
                Set.of("--audit", "--visits"));
        URI app = Loopback.requireHttp("Guardian", options.text("--app", "APP_URL", "http://localhost:8080"));
        URI keycloak = Loopback.requireHttp("Keycloak",
                options.text("--keycloak", "KEYCLOAK_URL", "http://localhost:8180"));
        int warmup = options.number("--warmup", "BENCH_WARMUP", 200, 0, 10_000);
        int requests = options.number("--requests", "BENCH_REQUESTS", 500, 1, 20_000);
        List<Integer> clientCounts = options.numbers("--clients", "BENCH_CLIENTS", "1,2");
        if (clientCounts.stream().anyMatch(clients -> clients < 1 || clients > 8)) {
            throw new IllegalArgumentException("--clients takes counts from 1 to 8, e.g. 1,2");
        }
        int children = options.number("--children", "BENCH_CHILDREN", DataGenerator.DEFAULT_CHILDREN, 1, 1_000_000);
        Duration timeLimit = Duration.ofSeconds(options.number("--time-limit", "BENCH_TIME_LIMIT", 30, 5, 600));
        long seed = Long.parseLong(options.text("--seed", null, "7"));

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        requireReady(http, app);
        Path realmExport = Path.of(options.text("--realm-file", null, "realm-export.json"));
        TokenSource tokens = new TokenSource(http, URI.create(keycloak + "/realms/guardianship"), CLIENT_ID,
                TokenSource.clientSecret(realmExport, CLIENT_ID));
        tokens.bearerFor(CASEWORKER);
        tokens.bearerFor(AUTHORITY);
        boolean audit = options.has("--audit");
        if (audit) {
            tokens.bearerFor(AUDITOR);
        }
        boolean visits = options.has("--visits");
        if (visits) {
            tokens.bearerFor(VisitGenerator.WARDS_GUARDIAN);
        }

        List<Scenario> scenarios = audit ? auditScenarios(children) : visits ? visitScenarios() : scenarios(children);
        ScenarioRunner runner = new ScenarioRunner(http, app, tokens, warmup, requests, timeLimit, seed);
        System.out.printf("Benchmark of %s at %s: %d CPUs, load average %.1f, %d warm-up and %d measured requests "
                + "per scenario, clients %s.%n", app, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), loadAverage(), warmup, requests, clientCounts);
        List<ScenarioResult> results = new ArrayList<>();
        for (int clients : clientCounts) {
            for (Scenario scenario : scenarios) {
                long started = System.nanoTime();
                ScenarioResult result = runner.run(scenario, clients);
                System.out.printf("  %-34s clients %d: %s (%.0f s)%n", scenario.name(), clients, result.verdict(),
                        (System.nanoTime() - started) / 1e9);
                results.add(result);
            }
        }
        System.out.println();
        ResultTable.print(results, System.out);
        if (audit) {
            verifyChain();
        }
        if (visits) {
            try (Connection database = database()) {
                logVisits(new VisitLoad(http, app, tokens, database, VisitGenerator.WARDS_GUARDIAN),
                        options.numbers("--load-clients", "BENCH_LOAD_CLIENTS", "4,8"),
                        Duration.ofSeconds(options.number("--load-seconds", "BENCH_LOAD_SECONDS", 30, 5, 600)));
            } catch (SQLException e) {
                System.out.println("The visit load could not count the visits: " + e.getMessage());
            }
        }
        long measured = results.stream().filter(ScenarioResult::isMeasured).count();
        long within = results.stream().filter(ScenarioResult::isWithinBudget).count();
        double load = loadAverage();
        System.out.printf("%n%d of %d measured runs within budget; %d not measured. Load average at the end: %.1f%s%n",
                within, measured, results.size() - measured, load,
                load > Runtime.getRuntime().availableProcessors()
                        ? " (above the CPU count: other work competed for the machine, the figures are pessimistic)."
                        : ".");
    }

    /**
     * Issue 7's budgets, against a trail that {@link AuditTrailGenerator} filled: a filtered console page (100 ms),
     * "who has seen this file" (50 ms), the oversight dashboard (300 ms).
     */
    static List<Scenario> auditScenarios(int children) {
        Instant lastDay = Instant.now().truncatedTo(ChronoUnit.DAYS);
        return List.of(
                new Scenario("audit: one child's entries", AUDITOR, AUDIT_PAGE_BUDGET_MS,
                        random -> "/api/audit?size=50&childId=" + (GeneratedRange.FIRST_ID + random.nextInt(children))),
                new Scenario("audit: one user's reads", AUDITOR, AUDIT_PAGE_BUDGET_MS,
                        random -> "/api/audit?size=50&action=READ&username=" + AuditTrailGenerator.USER_PREFIX
                                + random.nextInt(2_000)),
                new Scenario("audit: one day, page 0-5", AUDITOR, AUDIT_PAGE_BUDGET_MS, random -> {
                    Instant day = lastDay.minus(1 + random.nextInt(1_000), ChronoUnit.DAYS);
                    return "/api/audit?size=50&page=" + random.nextInt(6) + "&from=" + day + "&to="
                            + day.plus(1, ChronoUnit.DAYS);
                }),
                new Scenario("audit: who has seen a child", AUDITOR, READERS_BUDGET_MS,
                        random -> "/api/audit/children/" + (GeneratedRange.FIRST_ID + random.nextInt(children))
                                + "/readers"),
                new Scenario("oversight dashboard, 12 months", AUTHORITY, DASHBOARD_BUDGET_MS,
                        random -> "/api/oversight/dashboard"));
    }

    /** Issue 4's read budget: a guardian's "My children" with 30 wards among 100 000 children and 1.2 M visits. */
    static List<Scenario> visitScenarios() {
        return List.of(new Scenario("my children (30 wards)", VisitGenerator.WARDS_GUARDIAN, MY_CHILDREN_BUDGET_MS,
                random -> "/api/me/wards"));
    }

    /** Issue 4's write budget: visits logged through the API by several clients at once, none lost. */
    private static void logVisits(VisitLoad load, List<Integer> clientCounts, Duration duration)
            throws IOException, InterruptedException {
        List<Long> wards = load.wards();
        System.out.printf("%nLogging visits for %s's %d wards, %d s per run, clients %s...%n",
                VisitGenerator.WARDS_GUARDIAN, wards.size(), duration.toSeconds(), clientCounts);
        // Unmeasured first, at the highest concurrency: until the JIT has compiled the write path the rate is far lower.
        load.run(wards, clientCounts.stream().max(Integer::compare).orElse(1), duration);
        List<VisitLoad.Result> results = new ArrayList<>();
        for (int clients : clientCounts) {
            VisitLoad.Result result = load.run(wards, clients, duration);
            System.out.printf("  clients %d: %.0f visits/s, %s%n", clients, result.perSecond(), result.verdict());
            results.add(result);
        }
        System.out.println();
        VisitLoad.print(results);
    }

    /** Verifies the whole chain with the command-line verifier (deploy/verify-audit.sh), against 200 000 entries/s. */
    private static void verifyChain() {
        System.out.println();
        try {
            ChainVerifier.Result result = VerifyAuditCommand.runFromEnvironment(System.out);
            double rate = result.entries() / Math.max(result.seconds(), 1e-9);
            System.out.printf("Chain verification: %,.0f entries/s (budget %,d/s: %s)%n", rate,
                    VERIFY_BUDGET_PER_SECOND, rate >= VERIFY_BUDGET_PER_SECOND ? "within" : "OVER");
        } catch (SQLException e) {
            System.out.println("Chain verification could not run: " + e.getMessage());
        }
    }

    /** The app's database, as its own account sees it (deploy/run.sh's, or DB_URL/DB_USER/DB_PASSWORD). */
    private static Connection database() {
        String url = Optional.ofNullable(System.getenv("DB_URL"))
                .orElse("jdbc:mysql://127.0.0.1:3307/guardian?sslMode=DISABLED");
        try {
            return DataGenerator.connect(url, Optional.ofNullable(System.getenv("DB_USER")).orElse("guardian"),
                    Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("guardian-dev"));
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot reach the database at " + url + ": " + e.getMessage(), e);
        }
    }

    /** The system's load average over the last minute: the figures mean little if other work was running. */
    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    static List<Scenario> scenarios(int children) {
        String list = "/api/children?size=25";
        String openByCaseNumber = list + "&page=0&sort=caseNumber&status=OPEN";
        return List.of(
                new Scenario("children: open, by case number", CASEWORKER, LIST_BUDGET_MS,
                        random -> openByCaseNumber),
                new Scenario("children: name prefix", CASEWORKER, LIST_BUDGET_MS,
                        random -> openByCaseNumber + "&name=" + encode(pick(NAME_PREFIXES, random))),
                new Scenario("children: nationality", CASEWORKER, LIST_BUDGET_MS,
                        random -> openByCaseNumber + "&nationality=" + pick(NATIONALITIES, random)),
                new Scenario("children: newest first", CASEWORKER, LIST_BUDGET_MS,
                        random -> list + "&page=0&sort=-identifiedOn&status=OPEN"),
                new Scenario("children: random page 0-200", CASEWORKER, LIST_BUDGET_MS,
                        random -> list + "&page=" + random.nextInt(201) + "&sort=caseNumber&status=OPEN"),
                new Scenario("child file", CASEWORKER, FILE_BUDGET_MS,
                        random -> "/api/children/" + (GeneratedRange.FIRST_ID + random.nextInt(children))),
                new Scenario("guardianship queue", AUTHORITY, QUEUE_BUDGET_MS,
                        random -> "/api/guardianship-queue?page=0&size=25"));
    }

    private static void requireReady(HttpClient http, URI app) throws InterruptedException {
        URI ready = app.resolve("/health/ready");
        String problem;
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(ready).timeout(Duration.ofSeconds(10))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                return;
            }
            problem = "it answers HTTP " + response.statusCode() + " " + response.body();
        } catch (ConnectException e) {
            problem = "nothing listens there";
        } catch (IOException e) {
            problem = e.toString();
        }
        System.err.printf("Guardian is not up at %s (%s).%nStart it first with deploy/run.sh (or deploy/run.sh "
                + "--background), wait for \"Guardian is ready\", then run the benchmark again.%n", ready, problem);
        System.exit(EXIT_APP_NOT_UP);
    }

    private static String pick(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
