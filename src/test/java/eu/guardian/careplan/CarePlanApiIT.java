package eu.guardian.careplan;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A child's care plan through the API with real tokens: legal default due dates, the overdue flag and list, who may
 * read and change what (guardians only their wards' progress), bad input and concurrent edits.
 */
class CarePlanApiIT {

    private static long register(Object... fields) {
        Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()), fields));
        assertEquals(201, registered.status(), registered.body());
        return registered.id();
    }

    private static Map<String, Object> item(String type, String dueOn) {
        Map<String, Object> item = new HashMap<>();
        item.put("type", type);
        item.put("agency", "Youth office");
        item.put("responsiblePerson", "Ms Keller");
        if (dueOn != null) {
            item.put("dueOn", dueOn);
        }
        return item;
    }

    private static long version(Reply reply) {
        return ((Number) reply.json().get("version")).longValue();
    }

    @Test
    void legalDeadlinesGiveTheDefaultDueDates() {
        LocalDate identified = LocalDate.now().minusDays(10);
        LocalDate applied = LocalDate.now().minusDays(12);
        long childId = register("identifiedOn", identified.toString(), "applicationMadeOn", applied.toString());
        String plan = "/api/children/" + childId + "/care-plan";

        Reply school = Api.postAs("caseworker1", plan, item("SCHOOL_ENROLMENT", null));
        assertEquals(201, school.status(), school.body());
        assertEquals(applied.plusMonths(3).toString(), school.json().get("dueOn"), "3 months after the application");
        assertEquals(true, school.json().get("dueFromRule"));
        Reply needs = Api.postAs("authority1", plan, item("SPECIAL_NEEDS_ASSESSMENT", null));
        assertEquals(201, needs.status(), needs.body());
        assertEquals(applied.plusDays(30).toString(), needs.json().get("dueOn"), "30 days after the application");
        assertEquals("PLANNED", needs.json().get("status"));
        assertEquals(false, needs.json().get("overdue"));
        Reply informed = Api.postAs("caseworker1", plan, item("INFORMATION_TO_CHILD", null));
        assertEquals(201, informed.status(), informed.body());
        assertEquals(applied.plusDays(15).toString(), informed.json().get("dueOn"),
                "the child informed of their rights within 15 days of the application");

        Reply typed = Api.postAs("caseworker1", plan, item("SCHOOL_ENROLMENT", LocalDate.now().plusDays(5).toString()));
        assertEquals(false, typed.json().get("dueFromRule"), "a typed date overrides the rule");

        Reply noRule = Api.postAs("caseworker1", plan, item("LEGAL_AID", null));
        assertEquals(400, noRule.status(), "a type without a rule needs a due date");
        assertTrue(noRule.body().contains("dueOn"), noRule.body());

        List<Map<String, Object>> items = Api.getAs("caseworker1", plan).jsonList();
        assertEquals(4 + 6, items.size(), "the refused item is not stored (six were put due by the registration)");
    }

    @Test
    void aPastDueDateIsFlaggedOverdueUntilTheItemIsDone() {
        long childId = register("identifiedOn", LocalDate.now().minusDays(60).toString());
        String plan = "/api/children/" + childId + "/care-plan";
        long overdueBefore = ((Number) Api.getAs("authority1", "/api/care-plan/counts").json().get("overdue"))
                .longValue();
        Reply added = Api.postAs("caseworker1", plan, item("HEALTH_CHECK", LocalDate.now().minusDays(3).toString()));
        assertEquals(201, added.status(), added.body());
        assertEquals(true, added.json().get("overdue"));
        long itemId = added.id();

        Map<String, Object> counts = Api.getAs("auditor1", "/api/care-plan/counts?days=7").json();
        assertTrue(((Number) counts.get("overdue")).longValue() >= overdueBefore + 1, counts.toString());
        boolean listed = false;
        for (int page = 0; page < 50 && !listed; page++) {
            Reply overdue = Api.getAs("authority1", "/api/care-plan/overdue?size=200&page=" + page);
            assertEquals(200, overdue.status(), overdue.body());
            if (overdue.items().isEmpty()) {
                break;
            }
            listed = overdue.items().stream().anyMatch(i -> ((Number) i.get("id")).longValue() == itemId
                    && ((Number) i.get("daysOverdue")).longValue() == 3);
        }
        assertTrue(listed, "the item is in the overdue list, 3 days overdue");
        assertEquals(403, Api.getAs("guardian1", "/api/care-plan/overdue").status());
        assertEquals(403, Api.getAs("admin1", "/api/care-plan/counts").status());

        Map<String, Object> done = with(item("HEALTH_CHECK", LocalDate.now().minusDays(3).toString()),
                "status", "DONE", "outcome", "Seen by the GP", "version", version(added));
        Reply changed = Api.putAs("caseworker1", plan + "/" + itemId, done);
        assertEquals(200, changed.status(), changed.body());
        assertEquals(false, changed.json().get("overdue"));
    }

    @Test
    void onlyTheChildsGuardianRecordsProgressAndOnlyProgress() {
        long childId = register();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            String plan = "/api/children/" + childId + "/care-plan";
            Reply added = Api.postAs("caseworker1", plan, item("LANGUAGE_COURSE",
                    LocalDate.now().plusDays(20).toString()));
            assertEquals(201, added.status(), added.body());
            String itemPath = plan + "/" + added.id();

            assertEquals(200, Api.getAs("guardian1", plan).status());
            assertEquals(404, Api.getAs("guardian2", plan).status(), "another guardian's ward does not exist for them");
            Map<String, Object> progress = Map.of("status", "IN_PROGRESS", "outcome", "Enrolled, starts Monday",
                    "version", version(added));
            assertEquals(404, Api.putAs("guardian2", itemPath, progress).status());
            assertEquals(403, Api.postAs("guardian1", plan, item("LEGAL_AID", "2030-01-01")).status(),
                    "guardians do not plan items");
            assertEquals(403, Api.postAs("auditor1", plan, item("LEGAL_AID", "2030-01-01")).status());

            Reply moved = Api.putAs("guardian1", itemPath, with(progress, "dueOn", "2031-01-01"));
            assertEquals(400, moved.status(), "a guardian does not move the due date");
            Reply cancelled = Api.putAs("guardian1", itemPath, with(progress, "status", "CANCELLED"));
            assertEquals(400, cancelled.status(), "nor cancel the item");
            Reply recorded = Api.putAs("guardian1", itemPath, progress);
            assertEquals(200, recorded.status(), recorded.body());
            assertEquals("IN_PROGRESS", recorded.json().get("status"));
            assertEquals("Ms Keller", recorded.json().get("responsiblePerson"), "planned fields stay as they were");
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge", discharge("OTHER"));
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() {
        long childId = register();
        String plan = "/api/children/" + childId + "/care-plan";
        Reply refused = Api.postAs("caseworker1", plan, Map.of("type", "ASTROLOGY", "dueOn", "2026-02-30",
                "agency", "A".repeat(500)));
        assertEquals(400, refused.status(), refused.body());
        @SuppressWarnings("unchecked")
        List<Object> fields = ((List<Map<String, Object>>) refused.json().get("fields")).stream()
                .map(f -> f.get("field")).toList();
        assertTrue(fields.containsAll(List.of("type", "dueOn", "agency")), fields.toString());
        Reply german = Api.postAs("caseworker1", plan, Map.of("agency", "x"), "de");
        assertEquals(400, german.status());
        assertTrue(german.body().contains("Pflichtfeld"), german.body());
        assertEquals(400, Api.postAs("caseworker1", plan, "not an item").status());
        assertEquals(6, Api.getAs("caseworker1", plan).jsonList().size(),
                "nothing was stored beyond the six items the registration put due");
    }

    @Test
    void aConcurrentChangeIsRefused() {
        long childId = register();
        String plan = "/api/children/" + childId + "/care-plan";
        Reply added = Api.postAs("caseworker1", plan, item("FAMILY_TRACING", LocalDate.now().plusDays(9).toString()));
        String itemPath = plan + "/" + added.id();
        long read = version(added);
        Map<String, Object> first = with(item("FAMILY_TRACING", LocalDate.now().plusDays(9).toString()),
                "status", "IN_PROGRESS", "outcome", "Red Cross contacted", "version", read);
        Map<String, Object> second = with(first, "outcome", "Other text");
        assertEquals(200, Api.putAs("caseworker1", itemPath, first).status());
        Reply stale = Api.putAs("authority1", itemPath, second);
        assertEquals(409, stale.status(), stale.body());
        assertEquals("Red Cross contacted", Api.getAs("caseworker1", plan).jsonList().get(0).get("outcome"));

        Reply updates = Api.getAs("auditor1", "/api/audit?action=UPDATE&childId=" + childId);
        assertEquals(200, updates.status(), updates.body());
        assertEquals(1L, updates.json().get("total"), "one change written, the refused one left no trace");
        assertTrue(updates.body().contains("CarePlanItem") && updates.body().contains("IN_PROGRESS")
                && updates.body().contains("Red Cross contacted"), "the change's diff: " + updates.body());
        Reply reads = Api.getAs("auditor1", "/api/audit?action=READ&childId=" + childId);
        assertTrue(reads.body().contains("CarePlan"), "reading the care plan is audited: " + reads.body());
    }

    @Test
    void aHealthRelatedOutcomeIsAuditedOnlyAsChanged() {
        long childId = register();
        String plan = "/api/children/" + childId + "/care-plan";
        Reply added = Api.postAs("caseworker1", plan, item("PSYCHOSOCIAL_SUPPORT", LocalDate.now().plusDays(9)
                .toString()));
        String secret = "Trauma therapy " + uniqueWord();
        Reply changed = Api.putAs("caseworker1", plan + "/" + added.id(), with(item("PSYCHOSOCIAL_SUPPORT",
                LocalDate.now().plusDays(9).toString()), "status", "IN_PROGRESS", "outcome", secret, "version",
                version(added)));
        assertEquals(200, changed.status(), changed.body());
        Reply updates = Api.getAs("auditor1", "/api/audit?action=UPDATE&childId=" + childId);
        assertTrue(updates.body().contains("outcome") && !updates.body().contains(secret), updates.body());
    }
}
