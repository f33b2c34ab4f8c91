package eu.guardian.document;

import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Documents on the records of a child's file follow each record's own rules: a complaint's, an assessment's, a missing
 * child's photo for the police; and a handover package carries chosen documents only with consent and outside the
 * parts marked "not for sharing".
 */
class DocumentRecordsIT {

    @Test
    void aComplaintsDocumentsAreSeenOnlyByWhoSeesTheComplaint() {
        long childId = DocumentApiIT.newChild();
        Reply lodged = Api.postAs("caseworker1", "/api/complaints", Map.of("childId", childId, "complainant", "CHILD",
                "subject", "PLACEMENT", "confidential", true, "description", "Cold room " + uniqueWord()));
        assertEquals(201, lodged.status(), lodged.body());
        Map<String, String> fields = Uploads.category("OTHER");
        fields.put("complaintId", String.valueOf(lodged.id()));

        Reply added = Uploads.upload("caseworker1", childId, fields, "photo of the room.jpg",
                SampleFiles.encoded(SampleFiles.picture(30, 20, 31), "jpeg"));

        assertEquals(201, added.status(), added.body());
        assertEquals("COMPLAINT", added.json().get("attachedTo"));
        String list = "/api/children/" + childId + "/attachments?complaintId=" + lodged.id();
        assertEquals(1, Api.getAs("authority1", list).items().size());
        assertEquals(404, Api.getAs("reception1", list).status(), "a confidential complaint is not theirs to see");
        assertEquals(404, Uploads.download("reception1", "/api/attachments/" + added.id()).status());
        assertEquals(0, Api.getAs("caseworker1", "/api/children/" + childId + "/attachments").items().size(),
                "the file's own list holds the file's documents only");
        long otherChild = DocumentApiIT.newChild();
        assertEquals(404, Uploads.upload("caseworker1", otherChild, fields, "x.jpg",
                SampleFiles.encoded(SampleFiles.picture(10, 10, 32), "jpeg")).status(), "a record of another child");
    }

    @Test
    void anAssessmentTakesDocumentsWhileItMayBeEditedAndAMissingChildsPhotoGoesToItsEpisode() {
        long childId = DocumentApiIT.newChild();
        Reply assessment = Api.postAs("caseworker1", "/api/children/" + childId + "/assessments",
                Map.of("kind", "COMPREHENSIVE"));
        assertEquals(201, assessment.status(), assessment.body());
        Map<String, String> evidence = Uploads.category("EDUCATION");
        evidence.put("assessmentId", String.valueOf(assessment.id()));
        assertEquals(201, Uploads.upload("caseworker1", childId, evidence, "school report.pdf",
                SampleFiles.pdf(false)).status());
        assertEquals(404, Uploads.upload("guardian2", childId, evidence, "x.pdf", SampleFiles.pdf(false)).status(),
                "not their ward's assessment");
        Map<String, String> both = new HashMap<>(evidence);
        both.put("visitId", "1");
        assertEquals(400, Uploads.upload("caseworker1", childId, both, "x.pdf", SampleFiles.pdf(false)).status(),
                "one record at a time");

        Reply missing = Api.postAs("caseworker1", "/api/children/" + childId + "/missing-episodes", Map.of(
                "reportedBy", "Night staff", "lastSeenAt", Instant.now().minusSeconds(7200).toString(),
                "lastSeenPlace", "Central station", "riskLevel", "HIGH"));
        assertEquals(201, missing.status(), missing.body());
        Map<String, String> forPolice = Uploads.category("PHOTO");
        forPolice.put("missingEpisodeId", String.valueOf(missing.id()));
        Reply photo = Uploads.upload("caseworker1", childId, forPolice, "recent photo.png",
                SampleFiles.pngWithText(SampleFiles.picture(60, 80, 33)));
        assertEquals(201, photo.status(), photo.body());
        assertEquals("MISSING_EPISODE", photo.json().get("attachedTo"));
        assertEquals(403, Uploads.upload("auditor1", childId, forPolice, "x.png",
                SampleFiles.encoded(SampleFiles.picture(5, 5, 34), "png")).status());
        assertEquals(1, Api.getAs("auditor1", "/api/children/" + childId + "/attachments?missingEpisodeId="
                + missing.id()).items().size(), "auditors see it");
    }

    @Test
    void aHandoverPackageCarriesChosenDocumentsOnlyWithConsentAndOutsideWithheldParts() {
        long childId = DocumentApiIT.newChild();
        long passport = Uploads.upload("caseworker1", childId, Uploads.category("IDENTITY"), "passport.pdf",
                SampleFiles.pdf(false)).id();
        long health = Uploads.upload("caseworker1", childId, Uploads.category("HEALTH"), "medical.pdf",
                SampleFiles.pdf(false)).id();
        byte[] certificate = "Schulzeugnis 2026: sehr gut\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        long school = Uploads.upload("caseworker1", childId, Uploads.category("EDUCATION"), "zeugnis.txt",
                certificate).id();
        assertEquals(200, Api.postAs("caseworker1", "/api/children/" + childId + "/not-for-sharing",
                Map.of("part", "IDENTIFICATION", "reason", "The child fears the family learns the name")).status());
        Reply counterpart = Api.postAs("authority1", "/api/counterparts", Map.of("name", "Jugendamt Graz "
                + uniqueWord(), "kind", "CHILD_PROTECTION_SERVICE", "country", "AT"));
        assertEquals(201, counterpart.status(), counterpart.body());
        Map<String, Object> handover = new HashMap<>(Map.of("counterpartId", counterpart.id(),
                "purpose", "CROSS_BORDER_CARE_HANDOVER"));
        String handovers = "/api/children/" + childId + "/handovers";

        handover.put("attachmentIds", List.of(school));
        Reply withoutConsent = Api.postAs("caseworker1", handovers, handover);
        assertEquals(400, withoutConsent.status(), withoutConsent.body());
        handover.put("childConsent", true);
        handover.put("attachmentIds", List.of(passport));
        Reply withheld = Api.postAs("caseworker1", handovers, handover);
        assertEquals(400, withheld.status(), "identity papers stay with the withheld identification");
        assertTrue(withheld.body().contains("attachmentIds"), withheld.body());
        handover.put("attachmentIds", List.of(health));
        assertEquals(400, Api.postAs("caseworker1", handovers, handover).status(), "health documents never go");
        handover.put("attachmentIds", List.of(school));
        Reply prepared = Api.postAs("caseworker1", handovers, handover);
        assertEquals(201, prepared.status(), prepared.body());

        Reply pack = Api.getAs("caseworker1", handovers + "/" + prepared.id() + "/package");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> attachments = (List<Map<String, Object>>) pack.json().get("attachments");
        assertEquals(List.of(school), attachments.stream().map(a -> ((Number) a.get("id")).longValue()).toList());
        assertArrayEquals(certificate, Uploads.download("caseworker1", handovers + "/" + prepared.id()
                + "/attachments/" + school).body());
        assertEquals(404, Uploads.download("caseworker1", handovers + "/" + prepared.id() + "/attachments/"
                + passport).status(), "only what went with the package");
        assertTrue(Api.getAs("auditor1", "/api/audit?childId=" + childId + "&action=EXPORT").items().stream()
                .anyMatch(e -> "HandoverAttachment".equals(e.get("objectType"))), "an export in the trail");
    }
}
