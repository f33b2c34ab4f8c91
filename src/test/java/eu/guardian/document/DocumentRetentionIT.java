package eu.guardian.document;

import static eu.guardian.testsupport.TestData.child;
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
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Retention: anonymising a case removes its documents (content, names, keys); a case under legal hold keeps them. */
class DocumentRetentionIT {

    @Test
    void anonymisationRemovesTheDocumentsAndALegalHoldKeepsThem() throws SQLException {
        String name = "Dossier" + uniqueWord();
        long expired = caseWithDocument(name);
        long held = caseWithDocument(name + "Held");
        long expiredDocument = documentOf(expired);
        long heldDocument = documentOf(held);
        closeLongAgo(expired);
        closeLongAgo(held);
        assertEquals(200, Api.putAs("authority1", "/api/children/" + held + "/legal-hold",
                Map.of("reason", "Court proceedings")).status());

        Reply run = Api.postAs("authority1", "/api/retention/run", Map.of());
        assertEquals(200, run.status(), run.body());

        assertEquals(0, DocumentApiIT.chunkRows(expiredDocument), "the content is gone");
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT status, label, LENGTH(wrapped_key) FROM document WHERE id = ?")) {
            query.setLong(1, expiredDocument);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the record stays");
                assertEquals("ERASED", row.getString(1));
                assertEquals("—", row.getString(2), "the file's name (it named the child) is gone");
                assertEquals(0, row.getInt(3), "and its key");
            }
        }
        assertEquals(404, Uploads.download("caseworker1", "/api/attachments/" + expiredDocument).status());
        assertTrue(DocumentApiIT.chunkRows(heldDocument) > 0, "a held case keeps its documents");
        assertEquals(200, Uploads.download("caseworker1", "/api/attachments/" + heldDocument).status());
        assertEquals(200, Api.deleteAs("authority1", "/api/children/" + held + "/legal-hold").status());
    }

    private static long caseWithDocument(String familyName) {
        Reply registered = Api.postAs("caseworker1", "/api/children?acknowledgeDuplicates=true",
                with(child(familyName), "identifiedOn", "2014-03-01", "birthDate", "2000-01-01"));
        assertEquals(201, registered.status(), registered.body());
        Reply added = Uploads.upload("caseworker1", registered.id(), Uploads.category("IDENTITY"),
                "passport " + familyName + ".pdf", SampleFiles.pdf(false));
        assertEquals(201, added.status(), added.body());
        return registered.id();
    }

    private static long documentOf(long childId) {
        return ((Number) Api.getAs("caseworker1", "/api/children/" + childId + "/attachments").items().get(0)
                .get("id")).longValue();
    }

    private static void closeLongAgo(long childId) {
        long version = ((Number) Api.getAs("caseworker1", "/api/children/" + childId).json().get("version"))
                .longValue();
        Reply closed = Api.postAs("caseworker1", "/api/children/" + childId + "/closure",
                Map.of("version", version, "reason", "FAMILY_REUNIFICATION", "closedOn", "2015-06-01"));
        assertEquals(200, closed.status(), closed.body());
    }
}
