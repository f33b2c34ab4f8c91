package eu.guardian.visit;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Visits through the REST API with real Keycloak tokens: a guardian logs visits only for current wards, bad input
 * stores nothing, corrections and addenda follow the window, an urgent concern alerts the caseworkers.
 */
class VisitApiIT {

    private static long registerChild() {
        Reply reply = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, reply.status(), reply.body());
        return reply.id();
    }

    /** Appoints the demo guardian for a new child; returns child id and guardianship id. */
    private static long[] wardOf(String guardian) {
        long childId = registerChild();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf(guardian)));
        assertEquals(201, appointed.status(), appointed.body());
        return new long[] {childId, appointed.id()};
    }

    private static void dischargeGuardianship(long guardianshipId) {
        Reply reply = Api.postAs("authority1", "/api/guardianships/" + guardianshipId + "/discharge",
                discharge("GUARDIAN_UNAVAILABLE"));
        assertTrue(reply.status() == 200 || reply.status() == 400, reply.body());
    }

    static Map<String, Object> visit() {
        Map<String, Object> visit = new HashMap<>();
        visit.put("occurredAt", Instant.now().minus(2, ChronoUnit.HOURS).toString());
        visit.put("mode", "IN_PERSON");
        visit.put("place", "Reception Centre North, visitors' room");
        visit.put("durationMinutes", 45);
        visit.put("present", "Key worker");
        visit.put("seenAlone", true);
        visit.put("interpreterLanguage", "ps");
        visit.put("interpreter", "Interpreting service North");
        visit.put("childViews", "I want to go to school. مدرسه ته ځم");
        visit.put("wellbeing", 4);
        visit.put("wellbeingNotes", "Sleeps better");
        visit.put("topics", List.of("SCHOOL", "HEALTH"));
        visit.put("followUps", List.of(Map.of("action", "Ask the school about enrolment", "owner", "Guardian",
                "dueOn", LocalDate.now().plusDays(7).toString())));
        return visit;
    }

    private static long count(String sql, long childId) throws Exception {
        try (Connection connection = Database.connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, childId);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    private static long visitsOf(long childId) throws Exception {
        return count("SELECT COUNT(*) FROM visit WHERE child_id = ?", childId);
    }

    @Test
    void aGuardianLogsAVisitForAWardWithTheChildsViewsAndTheInterpreterIsLogged() throws Exception {
        long[] ward = wardOf("guardian1");
        try {
            Reply logged = Api.postAs("guardian1", "/api/children/" + ward[0] + "/visits", visit());
            assertEquals(201, logged.status(), logged.body());
            long visitId = logged.id();
            assertTrue(logged.body().contains("مدرسه ته ځم"), "the child's own words round-trip");
            assertEquals(true, logged.json().get("mayCorrect"));
            assertEquals(false, logged.json().get("mayAddAddendum"));

            Reply list = Api.getAs("guardian1", "/api/children/" + ward[0] + "/visits");
            assertEquals(200, list.status(), list.body());
            assertEquals(1L, ((Number) list.json().get("total")).longValue());
            assertEquals(visitId, ((Number) list.items().get(0).get("id")).longValue());
            assertEquals(200, Api.getAs("caseworker1", "/api/visits/" + visitId).status());

            assertEquals(1, count("SELECT COUNT(*) FROM interpreter_log WHERE child_id = ? AND language_code = 'ps'",
                    ward[0]));
            Reply log = Api.getAs("authority1", "/api/oversight/interpreter-log?language=ps&size=200");
            assertEquals(200, log.status(), log.body());
            assertTrue(log.items().stream().anyMatch(e -> ((Number) e.get("visitId")).longValue() == visitId));
            assertEquals(403, Api.getAs("guardian1", "/api/oversight/interpreter-log").status());

            LocalDate due = LocalDate.now().plusDays(30);
            assertEquals(1, count("SELECT COUNT(*) FROM contact_schedule WHERE child_id = ? AND next_contact_due = '"
                    + due + "'", ward[0]), "the next personal contact is due 30 days after this one");
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE child_id = ? AND object_type = 'Visit'"
                    + " AND action = 'CREATE'", ward[0]), "the visit is audited");
        } finally {
            dischargeGuardianship(ward[1]);
        }
    }

    @Test
    void myWardsShowsEachWardsNextContactDueAndMovesItWhenAVisitIsLogged() {
        long[] ward = wardOf("guardian1");
        try {
            Map<String, Object> before = wardLine("guardian1", ward[0]).orElseThrow();
            assertEquals(null, before.get("lastContactAt"), "not seen yet");
            assertEquals(before.get("firstMeetingDue"), before.get("nextContactDue"), "first meeting due first");
            assertEquals("FULL", before.get("guardianshipKind"));

            assertEquals(201, Api.postAs("guardian1", "/api/children/" + ward[0] + "/visits", visit()).status());
            Map<String, Object> after = wardLine("guardian1", ward[0]).orElseThrow();
            assertEquals(LocalDate.now().plusDays(30).toString(), after.get("nextContactDue"));
            assertEquals(false, after.get("overdue"));
            assertEquals(1L, ((Number) after.get("openFollowUps")).longValue());
            assertNotNull(after.get("lastContactAt"));

            assertTrue(wardLine("guardian2", ward[0]).isEmpty(), "another guardian does not see the ward");
            assertEquals(403, Api.getAs("caseworker1", "/api/me/wards").status(), "only guardians have wards");
        } finally {
            dischargeGuardianship(ward[1]);
        }
        assertTrue(wardLine("guardian1", ward[0]).isEmpty(), "a discharged ward leaves the list");
    }

    private static Optional<Map<String, Object>> wardLine(String guardian, long childId) {
        Reply wards = Api.getAs(guardian, "/api/me/wards");
        assertEquals(200, wards.status(), wards.body());
        return wards.jsonList().stream().filter(w -> ((Number) w.get("childId")).longValue() == childId).findFirst();
    }

    @Test
    void aGuardianIsRefusedForAnotherGuardiansWardAndForADischargedWard() throws Exception {
        long[] othersWard = wardOf("guardian2");
        long[] formerWard = wardOf("guardian1");
        try {
            Reply refused = Api.postAs("guardian1", "/api/children/" + othersWard[0] + "/visits", visit());
            assertEquals(403, refused.status(), refused.body());
            assertEquals(0, visitsOf(othersWard[0]));

            assertEquals(201, Api.postAs("guardian1", "/api/children/" + formerWard[0] + "/visits", visit()).status());
            dischargeGuardianship(formerWard[1]);
            Reply afterDischarge = Api.postAs("guardian1", "/api/children/" + formerWard[0] + "/visits", visit());
            assertEquals(403, afterDischarge.status(), afterDischarge.body());
            assertEquals(1, visitsOf(formerWard[0]));
            assertEquals(404, Api.getAs("guardian1", "/api/children/" + formerWard[0] + "/visits").status(),
                    "a former ward's visits are no longer visible to the guardian");
            assertEquals(403, Api.postAs("authority1", "/api/children/" + othersWard[0] + "/visits", visit()).status(),
                    "the authority does not log visits");
            assertEquals(201, Api.postAs("caseworker1", "/api/children/" + othersWard[0] + "/visits", visit())
                    .status(), "a caseworker logs their own contact");
        } finally {
            dischargeGuardianship(othersWard[1]);
            dischargeGuardianship(formerWard[1]);
        }
    }

    @Test
    void badInputIsRefusedFieldByFieldAndNothingIsStored() throws Exception {
        long[] ward = wardOf("guardian1");
        try {
            long before = visitsOf(ward[0]);
            Map<String, Object> bad = visit();
            bad.put("occurredAt", Instant.now().plus(2, ChronoUnit.DAYS).toString());
            bad.put("durationMinutes", -10);
            bad.put("interpreterLanguage", "xx-nope");
            Reply refused = Api.postAs("guardian1", "/api/children/" + ward[0] + "/visits", bad);
            assertEquals(400, refused.status(), refused.body());
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> fields = (List<Map<String, Object>>) refused.json().get("fields");
            Map<String, String> messages = fields.stream().collect(Collectors.toMap(f -> (String) f.get("field"),
                    f -> (String) f.get("message"), (a, b) -> a + " " + b));
            assertEquals(Set.of("occurredAt", "durationMinutes", "interpreterLanguage"), messages.keySet());
            assertEquals("Cannot be in the future.", messages.get("occurredAt"));
            assertEquals("Between 1 and 1440 minutes.", messages.get("durationMinutes"));
            assertTrue(messages.get("interpreterLanguage").contains("xx-nope"));

            Map<String, Object> zero = visit();
            zero.put("durationMinutes", 0);
            Reply german = Api.postAs("guardian1", "/api/children/" + ward[0] + "/visits", zero, "de");
            assertEquals(400, german.status());
            assertTrue(german.body().contains("Minuten"), german.body());

            assertEquals(before, visitsOf(ward[0]), "nothing stored");
            assertEquals(0, count("SELECT COUNT(*) FROM interpreter_log WHERE child_id = ?", ward[0]));
            assertEquals(0, count("SELECT COUNT(*) FROM visit_follow_up WHERE child_id = ?", ward[0]));
        } finally {
            dischargeGuardianship(ward[1]);
        }
    }

    @Test
    void anUrgentConcernAlertsTheCaseworkersWhoAcknowledgeItAndRecordAnOutcome() {
        long[] ward = wardOf("guardian1");
        try {
            Map<String, Object> withConcern = visit();
            withConcern.put("concerns", List.of(Map.of("type", "TRAFFICKING", "urgency", "URGENT",
                    "description", "An adult waits for the child outside every evening.")));
            Reply logged = Api.postAs("guardian1", "/api/children/" + ward[0] + "/visits", withConcern);
            assertEquals(201, logged.status(), logged.body());
            @SuppressWarnings("unchecked")
            Map<String, Object> concern = ((List<Map<String, Object>>) logged.json().get("concerns")).get(0);
            long concernId = ((Number) concern.get("id")).longValue();
            assertEquals("OPEN", concern.get("status"));

            Reply open = Api.getAs("caseworker1", "/api/concerns?view=OPEN&size=200");
            assertEquals(200, open.status(), open.body());
            assertTrue(open.items().stream().anyMatch(c -> ((Number) c.get("id")).longValue() == concernId));
            Reply notifications = Api.getAs("caseworker1", "/api/notifications?size=50");
            assertEquals(200, notifications.status(), notifications.body());
            assertTrue(notifications.items().stream().anyMatch(n -> String.valueOf(n.get("text"))
                    .startsWith("Urgent safeguarding concern") && ((Number) n.get("childId")).longValue() == ward[0]),
                    notifications.body());
            long unread = ((Number) Api.getAs("caseworker1", "/api/notifications/unread-count").json().get("unread"))
                    .longValue();
            assertTrue(unread >= 1);

            assertEquals(403, Api.postAs("guardian1", "/api/concerns/" + concernId + "/acknowledge", Map.of())
                    .status(), "only caseworkers acknowledge");
            Reply acknowledged = Api.postAs("caseworker1", "/api/concerns/" + concernId + "/acknowledge",
                    Map.of("version", concern.get("version")));
            assertEquals(200, acknowledged.status(), acknowledged.body());
            assertEquals("ACKNOWLEDGED", acknowledged.json().get("status"));
            assertEquals("caseworker1", acknowledged.json().get("acknowledgedBy"));
            assertNotNull(acknowledged.json().get("acknowledgedAt"));
            assertEquals(409, Api.postAs("caseworker1", "/api/concerns/" + concernId + "/acknowledge", Map.of())
                    .status(), "acknowledged once");

            assertEquals(400, Api.postAs("caseworker1", "/api/concerns/" + concernId + "/outcome",
                    Map.of("outcome", "")).status());
            Reply closed = Api.postAs("caseworker1", "/api/concerns/" + concernId + "/outcome",
                    Map.of("outcome", "Referred to the police and the NRM; placement moved."));
            assertEquals(200, closed.status(), closed.body());
            assertEquals("CLOSED", closed.json().get("status"));
            assertTrue(Api.getAs("guardian1", "/api/notifications?size=50").items().stream()
                    .anyMatch(n -> String.valueOf(n.get("text")).contains("acknowledged by caseworker1")),
                    "the guardian hears that the concern was taken on");
            Reply counts = Api.getAs("authority1", "/api/oversight/visit-counts");
            assertEquals(200, counts.status(), counts.body());
            assertTrue(counts.json().containsKey("escalatedConcerns"));
        } finally {
            dischargeGuardianship(ward[1]);
        }
    }

    @Test
    void theAuthorCorrectsWithinTheWindowOthersCannotAndAnAddendumWaitsForTheWindowToClose() throws Exception {
        long[] ward = wardOf("guardian1");
        try {
            assertTrue(Api.getAs("guardian1", "/api/notifications?size=50").items().stream()
                    .anyMatch(n -> "APPOINTMENT".equals(n.get("kind"))
                            && ((Number) n.get("childId")).longValue() == ward[0]), "the appointment is notified");
            Reply logged = Api.postAs("guardian1", "/api/children/" + ward[0] + "/visits", visit());
            assertEquals(201, logged.status(), logged.body());
            long visitId = logged.id();
            Object version = logged.json().get("version");

            Map<String, Object> corrected = visit();
            corrected.put("durationMinutes", 60);
            corrected.put("mode", "VIDEO");
            Reply correction = Api.putAs("guardian1", "/api/visits/" + visitId,
                    Map.of("version", version, "visit", corrected));
            assertEquals(200, correction.status(), correction.body());
            assertEquals(60L, ((Number) correction.json().get("durationMinutes")).longValue());
            assertNotNull(correction.json().get("correctedAt"));
            assertEquals(409, Api.putAs("guardian1", "/api/visits/" + visitId,
                    Map.of("version", version, "visit", corrected)).status(), "a stale version is refused");
            assertEquals(1, count("SELECT COUNT(*) FROM audit_entry WHERE child_id = ? AND object_type = 'Visit'"
                    + " AND action = 'UPDATE' AND details LIKE '%durationMinutes%' AND details LIKE '%IN_PERSON%'",
                    ward[0]), "the correction's diff is audited");
            assertEquals(0, count("SELECT COUNT(*) FROM contact_schedule WHERE child_id = ?"
                    + " AND last_personal_contact_on IS NOT NULL", ward[0]),
                    "corrected to video: no personal contact any more");

            assertEquals(403, Api.putAs("caseworker1", "/api/visits/" + visitId,
                    Map.of("version", correction.json().get("version"), "visit", corrected)).status(),
                    "only the author corrects");
            assertEquals(409, Api.postAs("guardian1", "/api/visits/" + visitId + "/addenda",
                    Map.of("text", "Too early")).status(), "within the window it is a correction, not an addendum");

            @SuppressWarnings("unchecked")
            long followUpId = ((Number) ((List<Map<String, Object>>) correction.json().get("followUps")).get(0)
                    .get("id")).longValue();
            Reply done = Api.postAs("guardian1", "/api/visits/follow-ups/" + followUpId + "/done", Map.of());
            assertEquals(200, done.status(), done.body());
            assertEquals(LocalDate.now().toString(), done.json().get("doneOn"));
        } finally {
            dischargeGuardianship(ward[1]);
        }
    }

    @Test
    void afterTheCorrectionWindowOnlyAnAddendumIsPossible() {
        long[] ward = wardOf("guardian1");
        try {
            Reply logged = Api.postAs("guardian1", "/api/children/" + ward[0] + "/visits", visit());
            assertEquals(201, logged.status(), logged.body());
            long visitId = logged.id();
            assertEquals(200, Api.putAs("admin1", "/api/settings/visit.correction-hours", Map.of("value", 0)).status());
            try {
                Reply late = Api.putAs("guardian1", "/api/visits/" + visitId,
                        Map.of("version", logged.json().get("version"), "visit", visit()));
                assertEquals(409, late.status(), late.body());
                Reply addendum = Api.postAs("guardian1", "/api/visits/" + visitId + "/addenda",
                        Map.of("text", "The key worker was present only for the first ten minutes."));
                assertEquals(201, addendum.status(), addendum.body());
                assertEquals(1, ((List<?>) addendum.json().get("addenda")).size());
                assertEquals(45L, ((Number) addendum.json().get("durationMinutes")).longValue(), "entry unchanged");
                assertEquals(404, Api.postAs("guardian2", "/api/visits/" + visitId + "/addenda",
                        Map.of("text", "Not mine")).status(), "another guardian does not even see the entry");
            } finally {
                assertEquals(200, Api.putAs("admin1", "/api/settings/visit.correction-hours",
                        Map.of("value", 24)).status());
            }
        } finally {
            dischargeGuardianship(ward[1]);
        }
    }
}
