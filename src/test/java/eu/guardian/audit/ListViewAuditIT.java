package eu.guardian.audit;

import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A list viewed is one audit entry naming the list, the filter and the page (not one per row); a setting's change is
 * recorded with its old and new value (docs/domain-rules.md#audit-trail).
 */
class ListViewAuditIT {

    @Test
    void aPageOfTheChildrenListIsRecordedOnceWithItsFilterAndPage() {
        String word = uniqueWord();
        Reply list = Api.getAs("caseworker1", "/api/children?size=7&page=0&name=" + word);
        assertEquals(200, list.status(), list.body());
        List<Map<String, Object>> entries = entries("caseworker1", "ChildList").stream()
                .filter(e -> String.valueOf(e.get("details")).contains(word)).toList();
        assertEquals(1, entries.size(), "one entry for the page viewed: " + entries);
        String details = String.valueOf(entries.get(0).get("details"));
        assertTrue(details.contains("\"page\":\"0\"") && details.contains("\"size\":\"7\""), details);

        Reply queue = Api.getAs("authority1", "/api/guardianship-queue?size=200");
        assertEquals(200, queue.status());
        assertTrue(entries("authority1", "GuardianshipQueue").size() >= 1, "the queue read is recorded");
    }

    @Test
    void aSettingsChangeIsRecordedWithTheOldAndTheNewValue() {
        String key = "protection.tracing-due-days";
        int before = Api.getAs("admin1", "/api/settings").jsonList().stream().filter(s -> key.equals(s.get("key")))
                .map(s -> ((Number) s.get("value")).intValue()).findFirst().orElseThrow();
        int after = before == 180 ? before - 1 : before + 1;
        try {
            assertEquals(200, Api.putAs("admin1", "/api/settings/" + key, Map.of("value", after)).status());
            List<Map<String, Object>> changes = entries("admin1", "Setting").stream()
                    .filter(e -> key.equals(e.get("objectId"))).toList();
            assertTrue(!changes.isEmpty(), "recorded");
            assertEquals("{\"value\":[\"" + before + "\",\"" + after + "\"]}", changes.get(0).get("details"));
        } finally {
            Api.putAs("admin1", "/api/settings/" + key, Map.of("value", before));
        }
    }

    /** The user's entries about one kind of object, newest first. */
    private static List<Map<String, Object>> entries(String username, String objectType) {
        Reply reply = Api.getAs("auditor1", "/api/audit?username=" + username + "&size=200");
        assertEquals(200, reply.status(), reply.body());
        return reply.items().stream().filter(e -> objectType.equals(e.get("objectType"))).toList();
    }
}
