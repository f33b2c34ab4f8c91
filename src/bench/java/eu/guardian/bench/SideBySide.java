package eu.guardian.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
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
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Issue 21's side-by-side measurement, in one run: the floor (an authenticated request that does nothing,
 * {@code GET /api/me}, and each scenario's own SQL through JDBC on the same database), every API scenario, and the
 * main pages with signed-in sessions over plain HTTP, each at 1, 4 and 16 concurrent clients for a fixed time. For
 * each row the floor is the no-op request's p50 plus the p50 of the scenario's SQL at the same number of clients, and
 * the ratio p50 / floor is a column; requests per second at each level show the throughput. Prints a Markdown table.
 *
 * <pre>
 *   SideBySide [--app URL] [--keycloak URL] [--clients 1,4,16] [--seconds 6] [--warmup-seconds 3]
 *              [--children 100000] [--only REGEX] [--no-floors] [--realm-file realm-export.json]
 * </pre>
 */
public final class SideBySide {

    private static final java.util.concurrent.atomic.AtomicInteger FAILURES_SHOWN =
            new java.util.concurrent.atomic.AtomicInteger();
    private static final String NO_OP = "floor: no-op GET /api/me";
    private static final List<String> NAME_PREFIXES = List.of("moh", "ahm", "fat", "yon", "dia", "abd", "kar");

    private SideBySide() {
    }

    /** One measured row: kind is floor, sql, api or page; floorSql names the sql row it is compared with. */
    record Target(String name, String kind, String user, String floorSql, int budgetP95, TimedLoad.Request request) {
    }

    record Row(Target target, int clients, TimedLoad.Result result) {
    }

    public static void main(String[] args) throws Exception {
        CommandLine options = new CommandLine(args, Set.of("--app", "--keycloak", "--clients", "--seconds",
                "--warmup-seconds", "--children", "--only", "--realm-file"), Set.of("--no-floors"));
        URI app = Loopback.requireHttp("Guardian", options.text("--app", "APP_URL", "http://localhost:8080"));
        URI keycloak = Loopback.requireHttp("Keycloak", options.text("--keycloak", "KEYCLOAK_URL",
                "http://localhost:8180"));
        List<Integer> levels = options.numbers("--clients", "BENCH_CLIENTS", "1,4,16");
        long seconds = options.number("--seconds", "BENCH_SECONDS", 6, 1, 600);
        long warmup = options.number("--warmup-seconds", "BENCH_WARMUP_SECONDS", 3, 0, 600);
        int children = options.number("--children", "BENCH_CHILDREN", DataGenerator.DEFAULT_CHILDREN, 1, 1_000_000);
        Pattern only = Pattern.compile(options.text("--only", "BENCH_ONLY", ".*"));
        String databaseUrl = Optional.ofNullable(System.getenv("DB_URL"))
                .orElse("jdbc:mysql://127.0.0.1:3307/guardian?sslMode=DISABLED");
        Loopback.requireJdbc(databaseUrl);

        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        TokenSource tokens = new TokenSource(http, URI.create(keycloak + "/realms/guardianship"), "guardian-app",
                TokenSource.clientSecret(Path.of(options.text("--realm-file", null, "realm-export.json")),
                        "guardian-app"));
        PageSessions sessions = new PageSessions(app);
        Connections connections = new Connections(databaseUrl);
        List<Target> targets = targets(new Requests(http, app, tokens, sessions, connections, children)).stream()
                .filter(target -> only.matcher(target.name()).find() || !options.has("--no-floors")
                        && (target.kind().equals("floor") || target.kind().equals("sql")))
                .toList();

        System.out.printf(Locale.ROOT, "Side by side at %s, %s: %d CPUs, load average %.2f, %d s per run (warm-up %d s), "
                + "clients %s, %d targets.%n", app, Instant.now().truncatedTo(ChronoUnit.SECONDS),
                Runtime.getRuntime().availableProcessors(), loadAverage(), seconds, warmup, levels, targets.size());
        List<Row> rows = new ArrayList<>();
        try {
            for (Target target : targets) {
                prepare(target, sessions, Math.min(4, levels.stream().max(Integer::compare).orElse(1)));
                if (warmup > 0) {
                    TimedLoad.run(target.request(), Math.min(4, levels.stream().max(Integer::compare).orElse(1)),
                            warmup * 1_000_000_000L, 1);
                }
            }
            for (int clients : levels) {
                for (Target target : targets) {
                    prepare(target, sessions, clients);
                    TimedLoad.Result result = TimedLoad.run(target.request(), clients, seconds * 1_000_000_000L, 7);
                    System.out.printf(Locale.ROOT, "  %-40s %2d clients: p50 %6.1f ms, %6.0f/s, %d errors%n",
                            target.name(), clients, result.latencies().percentileMillis(50), result.perSecond(),
                            result.errors());
                    rows.add(new Row(target, clients, result));
                }
            }
        } finally {
            connections.close();
        }
        System.out.println();
        SideBySideTable.print(rows, NO_OP, System.out);
        System.out.printf(Locale.ROOT, "%nLoad average at the end: %.2f (%d CPUs; above that, other work competed and "
                + "the figures are pessimistic).%n", loadAverage(), Runtime.getRuntime().availableProcessors());
    }

    /** Sign-ins happen before anything is measured: one session per page user and client. */
    private static void prepare(Target target, PageSessions sessions, int clients)
            throws IOException, InterruptedException {
        if (target.kind().equals("page")) {
            sessions.prepare(target.user(), clients);
        }
    }

    static List<Target> targets(Requests requests) {
        String list = "/api/children?size=25&page=0&sort=caseNumber&status=OPEN";
        List<Target> targets = new ArrayList<>(List.of(
                new Target(NO_OP, "floor", "caseworker1", null, 0, requests.api("caseworker1", random -> "/api/me")),
                new Target("sql: children list", "sql", "", null, 0,
                        requests.sql((connection, random) -> ScenarioSql.childrenPage(connection, null))),
                new Target("sql: children list, name prefix", "sql", "", null, 0,
                        requests.sql((connection, random) -> ScenarioSql.childrenPage(connection,
                                pick(NAME_PREFIXES, random)))),
                new Target("sql: child file", "sql", "", null, 0, requests.sql((connection, random) ->
                        ScenarioSql.childFile(connection, ScenarioSql.randomChild(random, requests.children())))),
                new Target("sql: guardianship queue", "sql", "", null, 0,
                        requests.sql((connection, random) -> ScenarioSql.queuePage(connection))),
                new Target("api: children list", "api", "caseworker1", "sql: children list", 40,
                        requests.api("caseworker1", random -> list)),
                new Target("api: children list, name prefix", "api", "caseworker1", "sql: children list, name prefix",
                        40, requests.api("caseworker1", random -> list + "&name=" + pick(NAME_PREFIXES, random))),
                new Target("api: children, random page 0-200", "api", "caseworker1", "sql: children list", 40,
                        requests.api("caseworker1", random -> "/api/children?size=25&page=" + random.nextInt(201)
                                + "&sort=caseNumber&status=OPEN")),
                new Target("api: child file", "api", "caseworker1", "sql: child file", 25,
                        requests.api("caseworker1", random -> "/api/children/"
                                + ScenarioSql.randomChild(random, requests.children()))),
                new Target("api: guardianship queue", "api", "authority1", "sql: guardianship queue", 40,
                        requests.api("authority1", random -> "/api/guardianship-queue?page=0&size=25")),
                new Target("api: my children (30 wards)", "api", "guardian1", null, 40,
                        requests.api("guardian1", random -> "/api/me/wards")),
                new Target("api: oversight dashboard", "api", "authority1", null, 300,
                        requests.api("authority1", random -> "/api/oversight/dashboard")),
                new Target("api: audit, one child's entries", "api", "auditor1", null, 40,
                        requests.api("auditor1", random -> "/api/audit?size=50&childId="
                                + ScenarioSql.randomChild(random, requests.children())))));
        for (String role : List.of("caseworker", "guardian", "authority", "auditor", "reception", "admin")) {
            targets.add(new Target("page: landing, " + role, "page", role + "1", null, 50,
                    requests.page(role + "1", random -> "/" + role + "/index.xhtml")));
        }
        targets.addAll(List.of(
                new Target("page: children list", "page", "caseworker1", "sql: children list", 60,
                        requests.page("caseworker1", random -> "/children/index.xhtml")),
                new Target("page: child file (first tab)", "page", "caseworker1", "sql: child file", 40,
                        requests.page("caseworker1", random -> "/children/file.xhtml?id="
                                + ScenarioSql.randomChild(random, requests.children()))),
                new Target("page: my children", "page", "guardian1", null, 60,
                        requests.page("guardian1", random -> "/guardian/my-children.xhtml")),
                new Target("page: guardianship queue", "page", "authority1", "sql: guardianship queue", 60,
                        requests.page("authority1", random -> "/guardianship/queue.xhtml")),
                new Target("page: oversight dashboard", "page", "authority1", null, 60,
                        requests.page("authority1", random -> "/oversight/dashboard.xhtml")),
                new Target("page: audit console", "page", "auditor1", null, 60,
                        requests.page("auditor1", random -> "/auditor/trail.xhtml"))));
        return targets;
    }

    private static String pick(List<String> values, RandomGenerator random) {
        return values.get(random.nextInt(values.size()));
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    @FunctionalInterface
    interface Path2 {
        String of(RandomGenerator random);
    }

    @FunctionalInterface
    interface SqlWork {
        void run(Connection connection, RandomGenerator random) throws SQLException;
    }

    /** Builds the three kinds of request: API with a bearer token, page with a session cookie, SQL through JDBC. */
    record Requests(HttpClient http, URI app, TokenSource tokens, PageSessions sessions, Connections connections,
            int children) {

        TimedLoad.Request api(String user, Path2 path) {
            return (client, random) -> {
                HttpRequest request = HttpRequest.newBuilder(app.resolve(path.of(random)))
                        .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + tokens.bearerFor(user))
                        .header("Accept", "application/json").GET().build();
                return send(request, body -> true);
            };
        }

        TimedLoad.Request page(String user, Path2 path) {
            return (client, random) -> {
                HttpRequest request = HttpRequest.newBuilder(app.resolve(path.of(random)))
                        .timeout(Duration.ofSeconds(30)).header("Cookie", sessions.cookieHeader(user, client))
                        .header("Accept", "text/html").GET().build();
                return send(request, body -> !body.contains("kc-form-login"));
            };
        }

        TimedLoad.Request sql(SqlWork work) {
            return (client, random) -> {
                long started = System.nanoTime();
                try {
                    work.run(connections.of(client), random);
                    return new TimedLoad.Outcome(System.nanoTime() - started, true, 0);
                } catch (SQLException e) {
                    return new TimedLoad.Outcome(System.nanoTime() - started, false, 0);
                }
            };
        }

        private TimedLoad.Outcome send(HttpRequest request, java.util.function.Predicate<String> expected)
                throws IOException, InterruptedException {
            long started = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                long nanos = System.nanoTime() - started;
                boolean ok = response.statusCode() == 200 && expected.test(response.body());
                if (!ok && FAILURES_SHOWN.getAndIncrement() < 5) {
                    System.out.printf("    (failed: HTTP %d for %s: %s)%n", response.statusCode(), request.uri(),
                            response.body().replaceAll("\\s+", " ").substring(0, Math.min(120, response.body().length())));
                }
                return new TimedLoad.Outcome(nanos, ok, response.body().getBytes(StandardCharsets.UTF_8).length);
            } catch (java.net.http.HttpTimeoutException e) {
                return new TimedLoad.Outcome(System.nanoTime() - started, false, 0);
            }
        }
    }

    /** One database connection per client, as the app's account sees the database. */
    static final class Connections implements AutoCloseable {

        private final String url;
        private final Map<Integer, Connection> open = new HashMap<>();

        Connections(String url) {
            this.url = url;
        }

        synchronized Connection of(int client) throws SQLException {
            Connection connection = open.get(client);
            if (connection == null) {
                connection = DataGenerator.connect(url, Optional.ofNullable(System.getenv("DB_USER")).orElse("guardian"),
                        Optional.ofNullable(System.getenv("DB_PASSWORD")).orElse("guardian-dev"));
                open.put(client, connection);
            }
            return connection;
        }

        @Override
        public synchronized void close() throws SQLException {
            for (Connection connection : open.values()) {
                connection.close();
            }
        }
    }

    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
