package eu.guardian.bench;

import eu.guardian.platform.time.WorkingDayCalendar;
import eu.guardian.platform.settings.SettingKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Adds issue 4's data to the cases {@link DataGenerator} made: 30 generated children in the queue are appointed to the
 * demo guardian "guardian1" (so that "My children" can be measured for a guardian with 30 wards), and the generated
 * guardianships get their visits (default 1.2 million over all of them, in proportion to how long each lasted: topics,
 * some follow-ups, interpreter log entries) and, while ongoing, the contact schedule Guardian keeps (last contact, next
 * contact due). As a running Guardian would have them: follow-ups due soon already reminded, overdue contacts already
 * notified (otherwise the reminder job would work off that backlog in the middle of a measurement). One transaction;
 * ids in {@link GeneratedRange}, so {@code DataGenerator --clear} removes all of it.
 *
 * <pre>
 *   VisitGenerator [--visits N] [--if-absent] [--db-url U] [--db-user U] [--db-password P]
 * </pre>
 */
public final class VisitGenerator {

    static final String WARDS_GUARDIAN = "guardian1";
    static final int WARDS = 30;
    /** The 30 appointments' ids: at the end of the generated range, far from the generated guardianships'. */
    private static final long FIRST_WARD_GUARDIANSHIP_ID = GeneratedRange.END_ID - 1_000;
    private static final int GUARDIANSHIPS_PER_FLUSH = 2_000;
    private static final List<String> TOPICS = List.of("HEALTH", "SCHOOL", "PLACEMENT", "FAMILY_CONTACT",
            "LEGAL_PROCEDURE", "SAFETY");
    private static final List<String> INTERPRETED_LANGUAGES = List.of("ar", "ps", "fa", "ti", "so", "uk", "fr");
    private static final List<String> PLACES = List.of("Reception centre, visitors' room", "Foster family's home",
            "School", "Guardian's office", "Café near the centre", "Youth club");
    private static final List<String> CHILD_VIEWS = List.of("I want to go to school and learn the language.",
            "I miss my mother. I would like to call her every week.", "أريد أن أبقى مع أخي",
            "زه غواړم چې ښوونځي ته لاړ شم", "ኣብዚ ምንባር ደስ ይብለኒ", "The food is fine, the room is too loud.",
            "Я хочу грати у футбол після школи", "I am afraid of the interview at the office.");

    private VisitGenerator() {
    }

    public static void main(String[] args) throws SQLException {
        CommandLine options = new CommandLine(args, Set.of("--visits", "--db-url", "--db-user", "--db-password"),
                Set.of("--if-absent"));
        String url = options.text("--db-url", "DB_URL", "jdbc:mysql://127.0.0.1:3307/guardian?sslMode=DISABLED");
        Loopback.requireJdbc(url);
        int visits = options.number("--visits", "BENCH_VISITS", 1_200_000, 1, 20_000_000);
        try (Connection connection = DataGenerator.connect(url, options.text("--db-user", "DB_USER", "guardian"),
                options.text("--db-password", "DB_PASSWORD", "guardian-dev"))) {
            if (GeneratedRange.contents(connection).children() == 0) {
                throw new IllegalStateException("No generated children: run DataGenerator first (deploy/benchmark.sh"
                        + " does).");
            }
            long present = generatedVisits(connection);
            if (present > 0) {
                connection.rollback();
                if (options.has("--if-absent")) {
                    System.out.printf("Generated visits are already there (%,d): kept.%n", present);
                    return;
                }
                throw new IllegalStateException(String.format("%,d generated visits are already there: remove the "
                        + "generated data first (deploy/benchmark.sh --clear).", present));
            }
            generate(connection, visits);
        }
    }

    static long generatedVisits(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*) FROM visit WHERE id >= ? AND id < ?")) {
            query.setLong(1, GeneratedRange.FIRST_ID);
            query.setLong(2, GeneratedRange.END_ID);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }

    private record Appointment(long id, long childId, long guardianId, String author, LocalDate appointedOn,
            LocalDate endedOn, LocalDate firstMeetingDue) {

        boolean ongoing() {
            return endedOn == null;
        }
    }

    private static void generate(Connection connection, int visitCount) throws SQLException {
        long started = System.nanoTime();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        SplittableRandom random = new SplittableRandom(20261129);
        ReferenceData reference = ReferenceData.load(connection);
        reference.requireCodes(Set.of(), Set.copyOf(INTERPRETED_LANGUAGES));
        int interval = reference.setting(SettingKey.CONTACT_INTERVAL_DAYS);
        LocalDate remindedUntil = today.plusDays(reference.setting(SettingKey.DUE_SOON_DAYS));
        try (VisitTables tables = new VisitTables(connection)) {
            appointWards(connection, reference.calendar(),
                    reference.setting(SettingKey.FIRST_MEETING_WORKING_DAYS), today, random);
            List<Appointment> appointments = appointments(connection, today);
            long totalDays = appointments.stream().mapToLong(a -> days(a, today)).sum();
            double visitsPerDay = (double) visitCount / totalDays;
            System.out.printf("Generating about %,d visits over %,d guardianships...%n", visitCount,
                    appointments.size());
            IdSequence visitIds = new IdSequence();
            IdSequence followUpIds = new IdSequence();
            int flushed = 0;
            for (Appointment appointment : appointments) {
                int visits = (int) Math.floor(days(appointment, today) * visitsPerDay + random.nextDouble());
                writeVisits(tables, appointment, visits, interval, today, remindedUntil, visitIds, followUpIds,
                        random);
                if (++flushed % GUARDIANSHIPS_PER_FLUSH == 0) {
                    tables.flushAll();
                }
            }
            tables.flushAll();
            moveSequencesPast(connection);
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                statement.execute("ANALYZE TABLE visit, visit_topic, visit_follow_up, interpreter_log, "
                        + "contact_schedule, guardianship, child");
            }
            long total = 0;
            for (BatchInsert table : tables.all()) {
                System.out.printf("  %-18s %,10d rows%n", table.table(), table.written());
                total += table.written();
            }
            System.out.printf("Generated %,d rows in %.1f s.%n", total, (System.nanoTime() - started) / 1e9);
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    /** Days the guardian has acted (until yesterday for an ongoing guardianship: no visit is in the future). */
    private static long days(Appointment appointment, LocalDate today) {
        LocalDate end = appointment.ongoing() ? today : appointment.endedOn();
        return Math.max(1, ChronoUnit.DAYS.between(appointment.appointedOn(), end));
    }

    /** 30 children of the queue (no guardian, no interim one) get the demo guardian as their full guardian. */
    private static void appointWards(Connection connection, WorkingDayCalendar calendar, int firstMeetingWorkingDays,
            LocalDate today, SplittableRandom random) throws SQLException {
        long guardianId;
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM guardian WHERE username = ?")) {
            query.setString(1, WARDS_GUARDIAN);
            try (ResultSet result = query.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("The demo guardian " + WARDS_GUARDIAN + " is not in the registry");
                }
                guardianId = result.getLong(1);
            }
        }
        List<Long> children = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT c.id FROM child c WHERE c.id >= ? AND c.id < ? AND c.status = 'OPEN' AND c.awaiting_guardian
                  AND NOT EXISTS (SELECT 1 FROM guardianship g WHERE g.child_id = c.id AND g.ended_on IS NULL)
                ORDER BY c.id LIMIT ?""")) {
            query.setLong(1, GeneratedRange.FIRST_ID);
            query.setLong(2, GeneratedRange.END_ID);
            query.setInt(3, WARDS);
            try (ResultSet result = query.executeQuery()) {
                while (result.next()) {
                    children.add(result.getLong(1));
                }
            }
        }
        try (PreparedStatement appoint = connection.prepareStatement("""
                INSERT INTO guardianship (id, child_id, guardian_id, kind, decision_reference, appointed_on,
                    child_informed_on, first_meeting_due, appointed_at, appointed_by, version)
                VALUES (?, ?, ?, 'FULL', ?, ?, ?, ?, ?, 'authority1', 1)""");
                PreparedStatement child = connection.prepareStatement("""
                UPDATE child SET awaiting_guardian = FALSE, first_guardian_on = ?, version = version + 1
                WHERE id = ?""")) {
            for (int i = 0; i < children.size(); i++) {
                long id = FIRST_WARD_GUARDIANSHIP_ID + i;
                LocalDate appointedOn = today.minusDays(1 + random.nextInt(300));
                appoint.setLong(1, id);
                appoint.setLong(2, children.get(i));
                appoint.setLong(3, guardianId);
                appoint.setString(4, "DEC-" + appointedOn.getYear() + "-" + id);
                appoint.setObject(5, appointedOn);
                appoint.setObject(6, appointedOn);
                appoint.setObject(7, calendar.addWorkingDays(appointedOn, firstMeetingWorkingDays));
                appoint.setObject(8, appointedOn.atTime(10, 0));
                appoint.addBatch();
                child.setObject(1, appointedOn);
                child.setLong(2, children.get(i));
                child.addBatch();
            }
            appoint.executeBatch();
            child.executeBatch();
        }
        try (PreparedStatement recount = connection.prepareStatement("UPDATE guardian SET current_load = (SELECT"
                + " COUNT(*) FROM guardianship WHERE guardian_id = ? AND ended_on IS NULL) WHERE id = ?")) {
            recount.setLong(1, guardianId);
            recount.setLong(2, guardianId);
            recount.executeUpdate();
        }
        System.out.printf("Appointed %s for %d generated children.%n", WARDS_GUARDIAN, children.size());
    }

    private static List<Appointment> appointments(Connection connection, LocalDate today) throws SQLException {
        List<Appointment> appointments = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT g.id, g.child_id, g.guardian_id, gu.username, g.appointed_on, g.ended_on, g.first_meeting_due
                FROM guardianship g JOIN guardian gu ON gu.id = g.guardian_id
                WHERE g.child_id >= ? AND g.child_id < ? AND g.appointed_on < ? ORDER BY g.id""")) {
            query.setLong(1, GeneratedRange.FIRST_ID);
            query.setLong(2, GeneratedRange.END_ID);
            query.setObject(3, today);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    long guardianId = rows.getLong(3);
                    String author = rows.getString(4) == null ? "bench-guardian-" + guardianId : rows.getString(4);
                    appointments.add(new Appointment(rows.getLong(1), rows.getLong(2), guardianId, author,
                            rows.getObject(5, LocalDate.class), rows.getObject(6, LocalDate.class),
                            rows.getObject(7, LocalDate.class)));
                }
            }
        }
        return appointments;
    }

    /**
     * The visits of one guardianship, spread over its time with some irregularity; for an ongoing one also its contact
     * schedule as Guardian computes it: next personal contact due {@code interval} days after the last in person,
     * the first meeting's due date until then.
     */
    private static void writeVisits(VisitTables tables, Appointment appointment, int count, int interval,
            LocalDate today, LocalDate remindedUntil, IdSequence visitIds, IdSequence followUpIds,
            SplittableRandom random)
            throws SQLException {
        long days = days(appointment, today);
        LocalDateTime lastContact = null;
        LocalDate firstPersonal = null;
        LocalDate lastPersonal = null;
        for (int k = 0; k < count; k++) {
            double jitter = (random.nextDouble() - 0.5) * 0.8;
            long offset = Math.min(days - 1, Math.max(0, (long) ((k + 0.5 + jitter) * days / count)));
            LocalDate day = appointment.appointedOn().plusDays(offset);
            if (!day.isBefore(today)) {
                day = today.minusDays(1);
            }
            LocalDateTime at = day.atTime(8 + random.nextInt(11), random.nextInt(60));
            int kind = random.nextInt(100);
            String mode = kind < 75 ? "IN_PERSON" : kind < 90 ? "PHONE" : "VIDEO";
            boolean interpreted = random.nextInt(100) < 40;
            String language = interpreted ? INTERPRETED_LANGUAGES.get(random.nextInt(INTERPRETED_LANGUAGES.size()))
                    : null;
            long visitId = visitIds.next();
            tables.visit.add(visitId, appointment.childId(), appointment.author(), "guardian", at, mode,
                    "IN_PERSON".equals(mode) ? PLACES.get(random.nextInt(PLACES.size())) : null,
                    15 + random.nextInt(106), random.nextBoolean() ? "Key worker" : null, random.nextInt(100) < 70,
                    language, interpreted ? "Interpreting service" : null,
                    CHILD_VIEWS.get(random.nextInt(CHILD_VIEWS.size())), 1 + random.nextInt(5), null, null,
                    at.plusMinutes(30 + random.nextInt(600)), null, 1L);
            int firstTopic = random.nextInt(TOPICS.size());
            int topics = 1 + random.nextInt(3);
            for (int t = 0; t < topics; t++) {
                tables.visitTopic.add(visitId, TOPICS.get((firstTopic + t) % TOPICS.size()));
            }
            if (random.nextInt(100) < 10) {
                LocalDate due = day.plusDays(7 + random.nextInt(24));
                boolean done = due.isBefore(today) && random.nextInt(100) < 90;
                tables.followUp.add(followUpIds.next(), visitId, appointment.childId(), "Ask the school about "
                        + "enrolment", "Guardian", due, done ? due.minusDays(random.nextInt(5)) : null,
                        done ? appointment.author() : null, !due.isAfter(remindedUntil), 1L);
            }
            if (interpreted) {
                tables.interpreterLog.add(visitId, appointment.childId(), language, "Interpreting service", at,
                        appointment.author(), at.plusMinutes(30));
            }
            lastContact = at;
            if ("IN_PERSON".equals(mode)) {
                firstPersonal = firstPersonal == null ? day : firstPersonal;
                lastPersonal = day;
            }
        }
        if (appointment.ongoing()) {
            LocalDate nextDue = lastPersonal == null ? appointment.firstMeetingDue() : lastPersonal.plusDays(interval);
            tables.contactSchedule.add(appointment.id(), appointment.childId(), appointment.guardianId(),
                    appointment.appointedOn(), appointment.firstMeetingDue(), firstPersonal, lastContact,
                    lastPersonal, nextDue, nextDue.isBefore(today) ? nextDue : null);
        }
    }

    /** The app's visit and follow-up ids continue past the generated range. */
    private static void moveSequencesPast(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE id_sequence SET seq_count = GREATEST(seq_count, ?) WHERE seq_name IN ('visit', 'visit_detail')")) {
            update.setLong(1, GeneratedRange.END_ID);
            update.executeUpdate();
        }
    }

    /** The visit tables' batches: visits before their topics, follow-ups and interpreter log entries. */
    private static final class VisitTables extends InsertBatches {

        final BatchInsert visit;
        final BatchInsert visitTopic;
        final BatchInsert followUp;
        final BatchInsert interpreterLog;
        final BatchInsert contactSchedule;
        private final List<BatchInsert> inForeignKeyOrder;

        VisitTables(Connection connection) throws SQLException {
            visit = new BatchInsert(connection, "visit", "id", "child_id", "author", "author_role", "occurred_at",
                    "mode", "place", "duration_minutes", "present", "seen_alone", "interpreter_language",
                    "interpreter", "child_views", "wellbeing", "wellbeing_notes", "notes", "recorded_at",
                    "corrected_at", "version");
            visitTopic = new BatchInsert(connection, "visit_topic", "visit_id", "topic");
            followUp = new BatchInsert(connection, "visit_follow_up", "id", "visit_id", "child_id", "action",
                    "owner", "due_on", "done_on", "done_by", "reminded", "version");
            interpreterLog = new BatchInsert(connection, "interpreter_log", "visit_id", "child_id", "language_code",
                    "interpreter", "occurred_at", "logged_by", "logged_at");
            contactSchedule = new BatchInsert(connection, "contact_schedule", "guardianship_id", "child_id",
                    "guardian_id", "appointed_on", "first_meeting_due", "first_personal_contact_on",
                    "last_contact_at", "last_personal_contact_on", "next_contact_due", "overdue_notified_for");
            inForeignKeyOrder = List.of(visit, visitTopic, followUp, interpreterLog, contactSchedule);
        }

        @Override
        List<BatchInsert> all() {
            return inForeignKeyOrder;
        }
    }
}
