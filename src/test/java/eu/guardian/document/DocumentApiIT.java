package eu.guardian.document;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Database;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Issue 20 over the real API: what is kept of an upload, what is refused, who sees what, and the trail. */
class DocumentApiIT {

    @Test
    void aPhotoLosesItsLocationKeepsItsPixelsAndComesBackWithSafeHeaders() throws IOException, SQLException {
        long childId = newChild();
        BufferedImage picture = SampleFiles.picture(320, 240, 11);
        byte[] photo = SampleFiles.jpegWithGps(picture, 0);

        Reply added = Uploads.upload("caseworker1", childId, Uploads.category("IDENTITY"), "passport scan.jpg", photo);

        assertEquals(201, added.status(), added.body());
        assertEquals("JPEG", added.json().get("type"));
        assertEquals("passport scan.jpg", added.json().get("label"));
        assertEquals(Boolean.TRUE, added.json().get("thumbnail"));
        long id = added.id();
        Uploads.Download download = Uploads.download("caseworker1", "/api/attachments/" + id);
        assertEquals(200, download.status());
        assertEquals("image/jpeg", download.header("Content-Type"));
        assertEquals("nosniff", download.header("X-Content-Type-Options"));
        assertTrue(download.header("Content-Disposition").startsWith("attachment;"),
                download.header("Content-Disposition"));
        for (String gone : new String[] {"Exif", SampleFiles.CAMERA, SampleFiles.XMP_MARK, SampleFiles.TRAILER}) {
            assertFalse(SampleFiles.contains(download.body(), gone), gone + " is still in the download");
        }
        assertSamePixels(ImageIO.read(new ByteArrayInputStream(photo)),
                ImageIO.read(new ByteArrayInputStream(download.body())));

        byte[] stored = storedBytes(id);
        assertEquals(download.body().length + 12 + 16, stored.length, "one chunk: nonce, ciphertext, tag");
        assertFalse(SampleFiles.contains(stored, "JFIF"), "the database holds ciphertext, not the photo");
        assertFalse(java.util.Arrays.equals(java.util.Arrays.copyOfRange(stored, 12, 112),
                java.util.Arrays.copyOf(download.body(), 100)));

        Uploads.Download thumbnail = Uploads.download("caseworker1", "/api/attachments/" + id + "/thumbnail");
        assertEquals(200, thumbnail.status());
        assertTrue(ImageIO.read(new ByteArrayInputStream(thumbnail.body())).getWidth() <= 240);

        List<Map<String, Object>> reads = Api.getAs("auditor1", "/api/audit?childId=" + childId + "&action=READ")
                .items();
        assertTrue(reads.stream().anyMatch(e -> "Document".equals(e.get("objectType"))
                && String.valueOf(id).equals(e.get("objectId"))), "the download is in the trail: " + reads);
        assertTrue(reads.stream().anyMatch(e -> "DocumentThumbnail".equals(e.get("objectType"))));
    }

    @Test
    void theTypeComesFromTheContent() {
        long childId = newChild();
        byte[] png = SampleFiles.encoded(SampleFiles.picture(20, 20, 12), "png");
        Reply renamed = Uploads.upload("caseworker1", childId, Uploads.category("EDUCATION"), "certificate.pdf", png);
        assertEquals(201, renamed.status(), renamed.body());
        assertEquals("PNG", renamed.json().get("type"), "stored as what it is");
        assertEquals("certificate.png", renamed.json().get("fileName"), "offered under its real type");
        Uploads.Download download = Uploads.download("caseworker1", "/api/attachments/" + renamed.id());
        assertEquals("image/png", download.header("Content-Type"));

        Reply text = Uploads.upload("caseworker1", childId, Uploads.category("OTHER"), "../../etc/notes.txt",
                "Notizen\nشهادة\n".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(201, text.status(), text.body());
        assertEquals("notes.txt", text.json().get("label"), "a name is a label, never a path");
    }

    @Test
    void programsScriptedPdfsAndOversizedFilesAreRefusedWithAMessageAndNothingIsStored() throws SQLException {
        long childId = newChild();
        Reply program = Uploads.upload("caseworker1", childId, Uploads.category("PHOTO"), "holiday.jpg",
                SampleFiles.windowsProgram(), "de", true);
        assertEquals(400, program.status(), program.body());
        assertTrue(program.body().contains("Programme und Skripte"), program.body());

        Reply scripted = Uploads.upload("caseworker1", childId, Uploads.category("LEGAL"), "decision.pdf",
                SampleFiles.pdf(true));
        assertEquals(400, scripted.status(), scripted.body());
        assertTrue(scripted.body().contains("JavaScript"), scripted.body());

        byte[] large = new byte[21 * 1024 * 1024];
        java.util.Arrays.fill(large, (byte) 'x');
        Reply declared = Uploads.upload("caseworker1", childId, Uploads.category("OTHER"), "big.txt", large);
        assertEquals(400, declared.status(), declared.body());
        assertTrue(declared.body().contains("20 MB"), declared.body());
        Reply streamed = Uploads.upload("caseworker1", childId, Uploads.category("OTHER"), "big.txt", large, "fr",
                false);
        assertEquals(400, streamed.status(), "refused while reading, without a declared length: " + streamed.body());
        assertTrue(streamed.body().contains("20 Mo"), streamed.body());

        assertEquals(0, documentRows(childId), "nothing of a refused upload is kept");
        assertEquals(0, ((Number) Api.getAs("caseworker1", "/api/children/" + childId + "/attachments").json()
                .get("total")).intValue());
    }

    @Test
    void onlyTheChildsOwnGuardianSeesItsDocumentsAndReceptionNeverSeesHealth() {
        Reply registered = Api.postAs("reception1", "/api/children?acknowledgeDuplicates=true", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            Reply school = Uploads.upload("guardian1", childId, Uploads.category("EDUCATION"), "zeugnis.pdf",
                    SampleFiles.pdf(false));
            assertEquals(201, school.status(), school.body());
            Reply health = Uploads.upload("caseworker1", childId, Uploads.category("HEALTH"), "report.pdf",
                    SampleFiles.pdf(false));
            assertEquals(201, health.status(), health.body());

            assertEquals(200, Uploads.download("guardian1", "/api/attachments/" + school.id()).status());
            assertEquals(200, Uploads.download("guardian1", "/api/attachments/" + health.id()).status(),
                    "the child's guardian sees health documents");
            assertEquals(404, Uploads.download("guardian2", "/api/attachments/" + school.id()).status());
            assertEquals(404, Api.getAs("guardian2", "/api/children/" + childId + "/attachments").status());
            assertEquals(404, Api.deleteAs("guardian2", "/api/attachments/" + school.id() + "?reason=x").status());

            assertEquals(404, Uploads.download("reception1", "/api/attachments/" + health.id()).status(),
                    "reception never sees health documents");
            Reply receptionList = Api.getAs("reception1", "/api/children/" + childId + "/attachments");
            assertEquals(200, receptionList.status(), receptionList.body());
            assertEquals(List.of(school.id()), receptionList.items().stream()
                    .map(d -> ((Number) d.get("id")).longValue()).toList());
            assertEquals(403, Uploads.upload("reception1", childId, Uploads.category("HEALTH"), "x.pdf",
                    SampleFiles.pdf(false)).status());
            assertEquals(403, Uploads.upload("auditor1", childId, Uploads.category("OTHER"), "x.pdf",
                    SampleFiles.pdf(false)).status());
            assertEquals(403, Uploads.download("admin1", "/api/attachments/" + school.id()).status());
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge",
                    discharge("GUARDIAN_UNAVAILABLE"));
        }
    }

    @Test
    void aDeletedDocumentsFileGoesAndItsRecordStays() throws SQLException {
        long childId = newChild();
        long id = Uploads.upload("caseworker1", childId, Uploads.category("OTHER"), "wrong child.pdf",
                SampleFiles.pdf(false)).id();
        assertEquals(400, Api.deleteAs("caseworker1", "/api/attachments/" + id).status(), "a deletion needs a reason");

        Reply deleted = Api.deleteAs("caseworker1", "/api/attachments/" + id
                + "?reason=Filed%20on%20the%20wrong%20case");

        assertEquals(200, deleted.status(), deleted.body());
        assertEquals(404, Uploads.download("caseworker1", "/api/attachments/" + id).status());
        assertEquals(0, chunkRows(id), "the file is gone");
        Map<String, Object> record = Api.getAs("auditor1", "/api/children/" + childId + "/attachments?removed=true")
                .items().get(0);
        assertEquals("DELETED", record.get("status"));
        assertEquals("caseworker1", record.get("removedBy"));
        assertEquals("Filed on the wrong case", record.get("removalReason"));
        assertTrue(Api.getAs("auditor1", "/api/audit?childId=" + childId + "&action=UPDATE").items().stream()
                .anyMatch(e -> "Document".equals(e.get("objectType"))), "the deletion is in the trail");
    }

    @Test
    void theUploadIsInTheOpenApiDocument() {
        Reply openApi = Api.anonymousGet("/openapi");
        assertEquals(200, openApi.status());
        assertTrue(openApi.body().contains("/api/children/{childId}/attachments")
                || openApi.body().contains("/children/{childId}/attachments"), "documented");
        assertTrue(openApi.body().contains("multipart/form-data"));
        assertTrue(openApi.body().contains("attachments/{id}"));
    }

    static long newChild() {
        Reply registered = Api.postAs("caseworker1", "/api/children?acknowledgeDuplicates=true", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        return registered.id();
    }

    static byte[] storedBytes(long documentId) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT sealed FROM document_chunk WHERE document_id = ? AND chunk_no = 0")) {
            query.setLong(1, documentId);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "chunk 0 is stored");
                return row.getBytes(1);
            }
        }
    }

    static int chunkRows(long documentId) throws SQLException {
        return count("SELECT COUNT(*) FROM document_chunk WHERE document_id = ?", documentId);
    }

    static int documentRows(long childId) throws SQLException {
        return count("SELECT COUNT(*) FROM document WHERE child_id = ?", childId);
    }

    private static int count(String sql, long id) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(sql)) {
            query.setLong(1, id);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        int[] a = expected.getRGB(0, 0, expected.getWidth(), expected.getHeight(), null, 0, expected.getWidth());
        int[] b = actual.getRGB(0, 0, actual.getWidth(), actual.getHeight(), null, 0, actual.getWidth());
        assertArrayEquals(a, b, "the same pixels");
    }
}
