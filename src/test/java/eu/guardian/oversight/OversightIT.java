package eu.guardian.oversight;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.guardian;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The oversight figures on a data set whose answers were computed by hand: children identified in a period of their
 * own (a window no other test uses), appointed after a known number of days.
 */
class OversightIT {

    private static LocalDate windowStart;
    private static String regionA;
    private static String regionB;

    @BeforeAll
    static void aKnownDataSet() throws SQLException {
        windowStart = emptyWindow();
        String word = uniqueWord();
        regionA = "Parity-A-" + word;
        regionB = "Parity-B-" + word;
        for (String region : List.of(regionA, regionB)) { // regions are reference data (docs/jurisdictions.md)
            Reply created = Api.postAs("admin1", "/api/regions", Map.of("code", region,
                    "names", Map.of("en", region, "de", region, "fr", region)));
            assertEquals(201, created.status(), created.body());
        }
        Map<String, Object> vetted = with(guardian("Parity " + word),
                "recordCheckOn", windowStart.minusDays(30).toString(),
                "trainings", List.of(Map.of("course", "Guardianship basics",
                        "completedOn", windowStart.minusDays(30).toString())));
        Reply registered = Api.postAs("authority1", "/api/guardians", vetted);
        assertEquals(201, registered.status(), registered.body());
        long guardianId = registered.id();
        // EU citizens: 2, 4, 10 days; third-country nationals: 1, 3, 5, 20; stateless: 7, 9 (+1 still waiting).
        appointed("DE", regionA, 0, 2, guardianId);
        appointed("DE", regionA, 1, 4, guardianId);
        appointed("DE", regionA, 2, 10, guardianId);
        appointed("AF", regionA, 3, 1, guardianId);
        appointed("AF", regionA, 4, 3, guardianId);
        appointed("AF", regionB, 5, 5, guardianId);
        appointed("AF", regionB, 6, 20, guardianId);
        appointed(null, regionB, 7, 7, guardianId);
        appointed(null, regionB, 8, 9, guardianId);
        register(null, regionB, 9);
    }

    @Test
    void timeToGuardianByNationalityGroupAndRegionEqualsTheHandComputedFigures() {
        Reply reply = Api.getAs("auditor1", "/api/oversight/time-to-guardian?from=" + windowStart + "&to="
                + windowStart.plusDays(20));
        assertEquals(200, reply.status(), reply.body());
        Map<String, Object> report = reply.json();
        Map<String, Map<String, Object>> groups = new HashMap<>();
        for (Object group : (List<?>) report.get("groups")) {
            Map<?, ?> figures = (Map<?, ?>) group;
            groups.put((String) figures.get("group"), cast(figures));
        }
        assertGroup(groups.get("EU_CITIZEN"), 3, 0, 4.0, 8.8);
        assertGroup(groups.get("THIRD_COUNTRY_NATIONAL"), 4, 0, 4.0, 15.5);
        assertGroup(groups.get("STATELESS_OR_UNKNOWN"), 2, 1, 8.0, 8.8);
        assertEquals(4.0, number(report.get("spreadDays")), 1e-9);
        assertEquals(Boolean.TRUE, report.get("warning"), "medians 4, 4 and 8 differ by more than 2 days");

        Map<String, Object> a = region(report, regionA);
        assertEquals(5, number(a.get("appointed")), 1e-9);
        assertEquals(3.0, number(a.get("median")), 1e-9);
        assertEquals(7.6, number(a.get("p90")), 1e-9);
        assertEquals(Boolean.FALSE, a.get("warning"), "EU 4 and third-country 2 differ by exactly the margin");
        Map<String, Object> b = region(report, regionB);
        assertEquals(8.0, number(b.get("median")), 1e-9);
        assertEquals(16.7, number(b.get("p90")), 1e-9);
        assertEquals(4.5, number(b.get("spreadDays")), 1e-9);
        assertEquals(Boolean.TRUE, b.get("warning"));
    }

    @Test
    void theDashboardIsForTheAuthorityAndTheInspectorateOnly() {
        Reply dashboard = Api.getAs("authority1", "/api/oversight/dashboard");
        assertEquals(200, dashboard.status(), dashboard.body());
        assertTrue(dashboard.body().contains("oversight.awaitingGuardian"), dashboard.body());
        assertEquals(403, Api.getAs("guardian1", "/api/oversight/dashboard").status());
        assertEquals(403, Api.getAs("caseworker1", "/api/oversight/time-to-guardian").status());
        assertEquals(403, Api.getAs("admin1", "/api/oversight/dashboard.csv").status());
        Reply badPeriod = Api.getAs("auditor1", "/api/oversight/dashboard?from=2026-05-01&to=2026-04-01");
        assertEquals(400, badPeriod.status(), badPeriod.body());
        assertTrue(badPeriod.body().contains("\"to\""), badPeriod.body());
    }

    @Test
    void theExportsCarryTheFiguresAndAreAudited() {
        String period = "?from=" + windowStart + "&to=" + windowStart.plusDays(20);
        Reply csv = Api.getAs("auditor1", "/api/oversight/dashboard.csv" + period);
        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.body().contains("Third-country nationals – Median (days),4.0"), csv.body());
        assertTrue(csv.body().contains("Parity warning,yes"), csv.body());
        Reply pdf = Api.getAs("auditor1", "/api/oversight/dashboard.pdf" + period);
        assertEquals(200, pdf.status());
        assertTrue(pdf.body().startsWith("%PDF"), "a PDF document");
        List<Map<String, Object>> exports = Api.getAs("auditor1",
                "/api/audit?action=EXPORT&username=auditor1&size=5").items();
        assertTrue(exports.stream().anyMatch(e -> "Dashboard".equals(e.get("objectType"))
                && "pdf".equals(e.get("objectId"))), exports.toString());
    }

    @Test
    void theAuthoritySeesTheParityWarningOnTheDashboardPage() {
        try (Browser authority = new Browser()) {
            authority.openSignedIn("/oversight/dashboard.xhtml", "authority1");
            // Typed as a user would, but set at once: the date pickers' pop-ups would cover each other.
            ((JavascriptExecutor) authority.driver()).executeScript(
                    "document.getElementById('dashboard:from_input').value = arguments[0];"
                            + "document.getElementById('dashboard:to_input').value = arguments[1];",
                    day(windowStart), day(windowStart.plusDays(20)));
            authority.click("dashboard:apply");
            authority.await(driver -> authority.pageText().contains(regionB)
                    && authority.text("dashboard:groups").contains("15.5"));
            assertTrue(authority.has("dashboard:parityWarning"), "the warning is shown");
            String groups = authority.text("dashboard:groups");
            assertTrue(groups.contains("15.5"), groups);
            assertTrue(authority.has("indicator-oversight-awaitingGuardian"));
            assertFalse(authority.pageText().contains("Exception"));
        }
    }

    /** As the English date picker expects it. */
    private static String day(LocalDate date) {
        return date.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
    }

    private static void appointed(String nationality, String region, int identifiedAfter, int days, long guardianId) {
        long childId = register(nationality, region, identifiedAfter);
        LocalDate identified = windowStart.plusDays(identifiedAfter);
        Map<String, Object> appointment = new HashMap<>(Map.of("guardianId", guardianId, "kind", "FULL",
                "decisionReference", "AG-" + uniqueWord(), "appointedOn", identified.plusDays(days).toString()));
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships", appointment);
        assertEquals(201, appointed.status(), appointed.body());
    }

    private static long register(String nationality, String region, int identifiedAfter) {
        LocalDate identified = windowStart.plusDays(identifiedAfter);
        Map<String, Object> child = with(child(uniqueWord()), "identifiedOn", identified.toString(),
                "birthDate", identified.minusYears(15).toString(), "region", region,
                "nationalityKind", nationality == null ? "STATELESS" : "COUNTRY", "nationalityCode", nationality);
        // A caseworker (national), for reception registers at their centre, which decides the child's region.
        Reply registered = Api.postAs("caseworker1", "/api/children?acknowledgeDuplicates=true", child);
        assertEquals(201, registered.status(), registered.body());
        return registered.id();
    }

    /** A three-week window in which no child was identified yet (earlier runs took theirs). */
    private static LocalDate emptyWindow() throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement count = db.prepareStatement(
                "SELECT COUNT(*) FROM child WHERE identified_on BETWEEN ? AND ?")) {
            for (LocalDate start = LocalDate.of(2013, 1, 7); ; start = start.plusDays(28)) {
                count.setObject(1, start);
                count.setObject(2, start.plusDays(20));
                try (ResultSet rows = count.executeQuery()) {
                    rows.next();
                    if (rows.getLong(1) == 0) {
                        return start;
                    }
                }
            }
        }
    }

    private static void assertGroup(Map<String, Object> group, long appointed, long waiting, double median,
            double p90) {
        assertEquals(appointed, number(group.get("appointed")), 1e-9, group.toString());
        assertEquals(waiting, number(group.get("stillWaiting")), 1e-9, group.toString());
        assertEquals(median, number(group.get("median")), 1e-9, group.toString());
        assertEquals(p90, number(group.get("p90")), 1e-9, group.toString());
    }

    private static Map<String, Object> region(Map<String, Object> report, String name) {
        return ((List<?>) report.get("regions")).stream().map(r -> cast((Map<?, ?>) r))
                .filter(r -> name.equals(r.get("region"))).findFirst().orElseThrow();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }

    private static double number(Object value) {
        return ((Number) value).doubleValue();
    }
}
