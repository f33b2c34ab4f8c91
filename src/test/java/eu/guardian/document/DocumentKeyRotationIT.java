package eu.guardian.document;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Rotating the documents' master key as an operator would: a new current key, the old one retired, Guardian
 * restarted. Files stored before still open; re-wrapping moves their keys to the new master key without touching a
 * byte of their encrypted content.
 */
class DocumentKeyRotationIT {

    @Test
    void filesStoredBeforeARotationOpenAfterItAndTheirKeysAreRewrappedWithoutReEncryption() throws SQLException {
        long childId = DocumentApiIT.newChild();
        byte[] text = new byte[3 * 1024 * 1024 + 5];
        Random random = new Random(20);
        for (int i = 0; i < text.length; i++) {
            text[i] = (byte) ('a' + random.nextInt(26));
        }
        Reply added = Uploads.upload("caseworker1", childId, Uploads.category("OTHER"), "diary.txt", text);
        assertEquals(201, added.status(), added.body());
        long id = added.id();
        String keyBefore = keyIdOf(id);
        byte[] chunkBefore = DocumentApiIT.storedBytes(id);
        String plain = new String(text, 0, 64, java.nio.charset.StandardCharsets.US_ASCII);
        assertFalse(SampleFiles.contains(chunkBefore, plain), "encrypted in the database");

        GuardianStack.shared().rotateDocumentMasterKey();

        assertArrayEquals(text, Uploads.download("caseworker1", "/api/attachments/" + id).body(),
                "opens with the retired key");
        Reply report = Api.getAs("admin1", "/api/system/document-keys");
        assertEquals(200, report.status(), report.body());
        String current = (String) report.json().get("currentKeyId");
        assertTrue(!current.equals(keyBefore), "a new current key");
        assertEquals(403, Api.postAs("caseworker1", "/api/system/document-keys/rewrap", Map.of()).status());

        Reply rewrapped = Api.postAs("admin1", "/api/system/document-keys/rewrap", Map.of());

        assertEquals(200, rewrapped.status(), rewrapped.body());
        assertTrue(((Number) rewrapped.json().get("rewrapped")).intValue() >= 1, rewrapped.body());
        assertEquals(Map.of(current, ((Map<?, ?>) rewrapped.json().get("filesByKey")).get(current)),
                rewrapped.json().get("filesByKey"), "every stored file is under the current key now");
        assertEquals(current, keyIdOf(id));
        assertArrayEquals(chunkBefore, DocumentApiIT.storedBytes(id), "the content was not re-encrypted");
        assertArrayEquals(text, Uploads.download("caseworker1", "/api/attachments/" + id).body());
    }

    private static String keyIdOf(long documentId) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement query = db.prepareStatement(
                "SELECT key_id FROM document WHERE id = ?")) {
            query.setLong(1, documentId);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getString(1);
            }
        }
    }
}
