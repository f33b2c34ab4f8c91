package eu.guardian.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The breach register (GDPR art 33): a breach found 73 hours ago and not notified is overdue on the dashboard. */
class DataBreachIT {

    @Test
    void aBreachFoundSeventyThreeHoursAgoIsOverdueOnTheDashboardUntilNotified() {
        Instant found = Instant.now().minus(Duration.ofHours(73)).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> breach = Map.of("foundAt", found.toString(), "description",
                "A caseworker's laptop with an export of 12 case numbers was stolen.", "childrenAffected", 12,
                "measures", "Disk encrypted; account sessions revoked.");
        assertEquals(403, Api.postAs("caseworker1", "/api/data-breaches", breach).status());
        assertEquals(403, Api.postAs("auditor1", "/api/data-breaches", breach).status(), "auditors read only");
        Reply future = Api.postAs("authority1", "/api/data-breaches", Map.of("foundAt",
                Instant.now().plus(Duration.ofDays(1)).toString(), "childrenAffected", -1));
        assertEquals(400, future.status(), future.body());
        assertTrue(future.body().contains("foundAt") && future.body().contains("description")
                && future.body().contains("childrenAffected"), future.body());

        Reply recorded = Api.postAs("authority1", "/api/data-breaches", breach);
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals(true, recorded.json().get("overdue"));
        assertEquals(found.plus(Duration.ofHours(72)).toString(), recorded.json().get("notifyBy"));
        long overdue = overdueOnDashboard();
        assertTrue(overdue >= 1, "on the dashboard");
        Reply list = Api.getAs("auditor1", "/api/data-breaches?size=200");
        assertEquals(200, list.status(), list.body());
        assertTrue(list.items().stream().anyMatch(b -> ((Number) b.get("id")).longValue() == recorded.id()));

        String notification = "/api/data-breaches/" + recorded.id() + "/supervisory-notification";
        Reply early = Api.postAs("authority1", notification, Map.of("notifiedAt",
                found.minus(Duration.ofHours(1)).toString(), "reference", "DPA-1"));
        assertEquals(400, early.status(), "not before the breach was found: " + early.body());
        Reply notified = Api.postAs("authority1", notification, Map.of("notifiedAt", Instant.now().toString(),
                "reference", "DPA-2026-0042", "version", recorded.json().get("version")));
        assertEquals(200, notified.status(), notified.body());
        assertEquals(false, notified.json().get("overdue"));
        assertEquals(overdue - 1, overdueOnDashboard());
        assertEquals(409, Api.postAs("authority1", notification, Map.of("notifiedAt", Instant.now().toString(),
                "reference", "again")).status(), "notified once");
    }

    private static long overdueOnDashboard() {
        Reply dashboard = Api.getAs("authority1", "/api/oversight/dashboard");
        assertEquals(200, dashboard.status(), dashboard.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> indicators = (List<Map<String, Object>>) dashboard.json().get("indicators");
        return indicators.stream().filter(i -> "oversight.dataBreachesOverdue".equals(i.get("labelKey")))
                .mapToLong(i -> ((Number) i.get("value")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError(dashboard.body()));
    }
}
