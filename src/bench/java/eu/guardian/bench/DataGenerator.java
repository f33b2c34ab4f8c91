package eu.guardian.bench;

import eu.guardian.platform.settings.SettingKey;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Fills Guardian's database with made-up cases for the performance benchmark (issue 3's budgets): by default 100 000
 * children and 10 000 guardians with their names in several scripts, name tokens, languages, placements, legal
 * statuses, age assessments, trainings, record checks and guardianships. Everything is written in one transaction,
 * so the data is either all there or not at all; ids lie in {@link GeneratedRange}, never colliding with the app's.
 *
 * <pre>
 *   DataGenerator [--children N] [--guardians M] [--seed S]   generate (refused when generated data exists)
 *   DataGenerator --if-absent ...                              generate unless that same data is already there
 *   DataGenerator --clear                                      delete the generated data
 * </pre>
 * The database comes from --db-url/--db-user/--db-password or DB_URL/DB_USER/DB_PASSWORD (default: the embedded
 * development database of deploy/run.sh); it must be on this machine.
 */
public final class DataGenerator {

    static final int DEFAULT_CHILDREN = 100_000;
    static final int DEFAULT_GUARDIANS = 10_000;
    private static final int CHILDREN_PER_FLUSH = 2_000;
    /** Exit status when generated data is already there and was not asked to be kept. */
    private static final int EXIT_DATA_EXISTS = 3;

    private DataGenerator() {
    }

    public static void main(String[] args) throws SQLException {
        CommandLine options = new CommandLine(args,
                Set.of("--children", "--guardians", "--seed", "--db-url", "--db-user", "--db-password"),
                Set.of("--clear", "--if-absent"));
        String url = options.text("--db-url", "DB_URL", "jdbc:mysql://127.0.0.1:3307/guardian?sslMode=DISABLED");
        Loopback.requireJdbc(url);
        // A million children need about three million detail ids: well within the generated range.
        int children = options.number("--children", "BENCH_CHILDREN", DEFAULT_CHILDREN, 1, 1_000_000);
        int guardians = options.number("--guardians", "BENCH_GUARDIANS", DEFAULT_GUARDIANS, 1, 1_000_000);
        // A fixed seed: every run generates the same data, so figures from different runs compare.
        long seed = Long.parseLong(options.text("--seed", null, "20260303"));
        try (Connection connection = connect(url, options.text("--db-user", "DB_USER", "guardian"),
                options.text("--db-password", "DB_PASSWORD", "guardian-dev"))) {
            GeneratedRange.Contents present = contentsOrExplain(connection, url);
            if (options.has("--clear")) {
                clear(connection);
                return;
            }
            if (!present.isEmpty()) {
                if (options.has("--if-absent") && present.matches(children, guardians)) {
                    System.out.printf("Generated data is already there (%,d children, %,d guardians): kept.%n",
                            present.children(), present.guardians());
                    return;
                }
                System.err.printf("The database already holds generated data: %,d children and %,d guardians with ids "
                        + "from %,d (asked for %,d and %,d). Remove it first with --clear (deploy/benchmark.sh "
                        + "--clear), then generate again.%n", present.children(), present.guardians(),
                        GeneratedRange.FIRST_ID, children, guardians);
                System.exit(EXIT_DATA_EXISTS);
            }
            generate(connection, children, guardians, seed);
        }
    }

    private static GeneratedRange.Contents contentsOrExplain(Connection connection, String url) throws SQLException {
        try {
            return GeneratedRange.contents(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Guardian's tables are not in " + url + " (" + e.getMessage()
                    + "): start Guardian once (deploy/run.sh) so that its migrations create them.", e);
        }
    }

    private static void clear(Connection connection) throws SQLException {
        long started = System.nanoTime();
        System.out.println("Deleting the generated data...");
        new GeneratedDataRemoval(connection).removeAll();
        connection.commit();
        System.out.printf("Generated data deleted in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    }

    private static void generate(Connection connection, int childCount, int guardianCount, long seed)
            throws SQLException {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SplittableRandom random = new SplittableRandom(seed);
        GeneratorInputs reference = GeneratorInputs.load(connection);
        Origins origins = Origins.typicalArrivals();
        reference.requireCodes(origins.countryCodes(),
                union(origins.languageCodes(), GeneratedGuardians.languageCodes()));
        CareCentres centres = CareCentres.existingAndGenerated(connection);
        CaseTimelines timelines = new CaseTimelines(today, reference.calendar(),
                reference.setting(SettingKey.INTERIM_DUE_WORKING_DAYS),
                reference.setting(SettingKey.GUARDIAN_DUE_WORKING_DAYS));
        IdSequence detailIds = new IdSequence();
        GeneratedGuardians guardians = new GeneratedGuardians(guardianCount, reference.setting(SettingKey.CASELOAD_CAP),
                random);
        System.out.printf("Generating %,d children and %,d guardians (seed %d)...%n", childCount, guardianCount, seed);
        try (GeneratedTables tables = new GeneratedTables(connection)) {
            centres.writeGenerated(tables);
            guardians.writeAll(tables, centres, detailIds, today, random);
            tables.flushAll();
            ChildRows childRows = new ChildRows(tables, centres, origins, detailIds, today);
            GuardianshipRows guardianshipRows = new GuardianshipRows(tables, guardians, new IdSequence(),
                    reference.calendar(), reference.setting(SettingKey.FIRST_MEETING_WORKING_DAYS), today);
            for (int i = 0; i < childCount; i++) {
                CaseTimeline timeline = timelines.plan(GeneratedRange.FIRST_ID + i, random);
                ChildIdentity identity = ChildIdentity.create(origins.pick(random), timeline, today, random);
                childRows.write(timeline, identity, random);
                guardianshipRows.write(timeline, random);
                if ((i + 1) % CHILDREN_PER_FLUSH == 0) {
                    tables.flushAll();
                }
                if ((i + 1) % 20_000 == 0) {
                    System.out.printf("  %,d children (%.0f s)%n", i + 1, (System.nanoTime() - started) / 1e9);
                }
            }
            tables.flushAll();
            GeneratedGuardians.recountLoads(connection);
            recordFirstFullGuardians(connection);
            GeneratedRange.moveSequencesPast(connection);
            connection.commit();
            refreshStatistics(connection, tables);
            printSummary(tables, started);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** As Guardian keeps it on appointment: the day of each child's first full guardian (time-to-guardian figures). */
    private static void recordFirstFullGuardians(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE child c SET c.first_guardian_on = (SELECT MIN(g.appointed_on) FROM guardianship g
                    WHERE g.child_id = c.id AND g.kind = 'FULL')
                WHERE c.id >= ? AND c.id < ?""")) {
            update.setLong(1, GeneratedRange.FIRST_ID);
            update.setLong(2, GeneratedRange.END_ID);
            update.executeUpdate();
        }
    }

    /**
     * After a bulk load InnoDB's index statistics lag behind for a while; fresh ones give the query plans a
     * long-running database would have, from the first benchmark request on.
     */
    private static void refreshStatistics(Connection connection, GeneratedTables tables) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("ANALYZE TABLE "
                    + String.join(", ", tables.all().stream().map(BatchInsert::table).toList()));
        }
    }

    private static void printSummary(GeneratedTables tables, long startedNanos) {
        long total = 0;
        for (BatchInsert table : tables.all()) {
            System.out.printf("  %-18s %,10d rows%n", table.table(), table.written());
            total += table.written();
        }
        System.out.printf("Generated %,d rows in %.1f s.%n", total, (System.nanoTime() - startedNanos) / 1e9);
    }

    /** UTC and utf8mb4 as Guardian itself talks to the database; batches rewritten into multi-row INSERTs. */
    static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("connectionTimeZone", "UTC");
        properties.setProperty("forceConnectionTimeZoneToSession", "true");
        properties.setProperty("characterEncoding", "UTF-8");
        properties.setProperty("rewriteBatchedStatements", "true");
        properties.setProperty("openTelemetry", "DISABLED");
        Connection connection = DriverManager.getConnection(url, properties);
        connection.setAutoCommit(false);
        return connection;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new java.util.TreeSet<>(a);
        all.addAll(b);
        return all;
    }
}
