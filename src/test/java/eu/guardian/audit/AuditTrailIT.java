package eu.guardian.audit;

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
import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The audit trail with real tokens: reads, changes and refusals are recorded, and tampering is detected. */
class AuditTrailIT {

    private static long registerChild() {
        Reply reply = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, reply.status(), reply.body());
        return reply.id();
    }

    private static Map<String, Object> verification() {
        Reply reply = Api.getAs("auditor1", "/api/audit/verify");
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    @Test
    void aGuardiansReadAppearsInWhoHasSeenTheFile() {
        long childId = registerChild();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            assertEquals(200, Api.getAs("guardian1", "/api/children/" + childId).status());
            List<Map<String, Object>> readers = Api.getAs("auditor1",
                    "/api/audit/children/" + childId + "/readers").jsonList();
            assertTrue(readers.stream().anyMatch(r -> "guardian1".equals(r.get("username"))), readers.toString());
            assertEquals(403, Api.getAs("guardian1", "/api/audit/children/" + childId + "/readers").status(),
                    "only auditors read the trail");
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge", discharge("OTHER"));
        }
    }

    @Test
    void anUpdateRecordsTheChangedFieldsOldAndNew() {
        long childId = registerChild();
        Map<String, Object> file = Api.getAs("caseworker1", "/api/children/" + childId).json();
        Map<String, Object> corrected = with(child((String) file.get("familyName")), "givenNames", "Amena",
                "identifiedPlace", "Harbour");
        assertEquals(200, Api.putAs("caseworker1", "/api/children/" + childId,
                Map.of("version", file.get("version"), "child", corrected)).status());
        List<Map<String, Object>> updates = Api.getAs("auditor1",
                "/api/audit?action=UPDATE&childId=" + childId).items();
        assertEquals(1, updates.size());
        assertEquals("caseworker1", updates.get(0).get("username"));
        // A name is only "changed": the trail is permanent, the child's identity is erased at retention.
        assertEquals("{\"givenNames\":\"changed\",\"identifiedPlace\":[\"Central station\",\"Harbour\"]}",
                updates.get(0).get("details"));
    }

    @Test
    void aRefusedAccessIsRecorded() {
        long childId = registerChild();
        assertEquals(403, Api.getAs("admin1", "/api/children/" + childId).status());
        List<Map<String, Object>> denied = Api.getAs("auditor1", "/api/audit?action=DENIED&username=admin1&size=20")
                .items();
        assertTrue(denied.stream().anyMatch(e -> String.valueOf(e.get("objectId"))
                .equals("GET /api/children/" + childId)), denied.toString());
    }

    @Test
    void anAlteredEntryIsNamedByTheVerificationAndParallelWritersKeepTheChainIntact() throws Exception {
        ExecutorService writers = Executors.newFixedThreadPool(20);
        try {
            List<Future<Long>> children = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                children.add(writers.submit(AuditTrailIT::registerChild));
            }
            for (Future<Long> registered : children) {
                registered.get();
            }
        } finally {
            writers.shutdownNow();
        }
        assertEquals(true, verification().get("intact"), "20 parallel writers leave an intact chain");
        assertTrue(ChainTampering.verifyAsOversight().intact(), "the command-line verifier agrees");

        try (Connection db = Database.connectAsOwner()) {
            long victim;
            String username;
            try (PreparedStatement last = db.prepareStatement(
                    "SELECT id, username FROM audit_entry WHERE action = 'CREATE' ORDER BY id DESC LIMIT 1");
                    ResultSet row = last.executeQuery()) {
                assertTrue(row.next());
                victim = row.getLong(1);
                username = row.getString(2);
            }
            try (PreparedStatement tamper = db.prepareStatement("UPDATE audit_entry SET username = ? WHERE id = ?")) {
                tamper.setString(1, "mallory");
                tamper.setLong(2, victim);
                tamper.executeUpdate();
                try {
                    Map<String, Object> broken = verification();
                    assertEquals(false, broken.get("intact"));
                    assertEquals(victim, ((Number) broken.get("firstBrokenEntryId")).longValue());
                    assertEquals(ChainVerifier.Problem.MAC.name(), broken.get("problem"));
                    assertEquals(Optional.of(victim), ChainTampering.verifyAsOversight().firstProblem()
                            .map(ChainVerifier.Finding::entryId), "so does the command line");
                } finally {
                    tamper.setString(1, username);
                    tamper.executeUpdate();
                }
            }
        }
        assertEquals(true, verification().get("intact"));
    }
}
