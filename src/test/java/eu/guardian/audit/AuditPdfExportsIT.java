package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Database;
import eu.guardian.testsupport.Tokens;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Background PDF exports live in the database (docs/cluster.md#exports): an export another server wrote is reported
 * and served by this one, to its owner only, and one whose server died is reported as failed, not running for ever.
 */
class AuditPdfExportsIT {

    @Test
    void anExportWrittenByAnotherServerIsServedWholeToItsOwnerOnly() throws SQLException {
        byte[] first = "%PDF-1.7 first piece ".getBytes(StandardCharsets.US_ASCII);
        byte[] second = "second piece %%EOF".getBytes(StandardCharsets.US_ASCII);
        String mine = export("auditor1", "DONE", Instant.now(), first, second);
        String theirs = export("another-auditor", "DONE", Instant.now(), first);

        assertEquals("DONE", Api.getAs("auditor1", "/api/audit/exports/" + mine).json().get("status"));
        HttpResponse<byte[]> file = file(mine);
        assertEquals(200, file.statusCode());
        byte[] whole = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, whole, first.length, second.length);
        assertArrayEquals(whole, file.body(), "the pieces in order");

        assertEquals(404, Api.getAs("auditor1", "/api/audit/exports/" + theirs).status(), "another's export");
        assertEquals(404, file(theirs).statusCode());
    }

    @Test
    void anExportWhoseServerDiedIsReportedFailed() throws SQLException {
        String stalled = export("auditor1", "RUNNING",
                Instant.now().minus(AuditPdfExportStore.STALLED_AFTER).minus(Duration.ofMinutes(1)));
        String running = export("auditor1", "RUNNING", Instant.now());
        assertEquals("FAILED", Api.getAs("auditor1", "/api/audit/exports/" + stalled).json().get("status"));
        assertEquals("RUNNING", Api.getAs("auditor1", "/api/audit/exports/" + running).json().get("status"));
        assertEquals(404, file(running).statusCode(), "no file before it is done");
    }

    private static HttpResponse<byte[]> file(String id) {
        try {
            return java.net.http.HttpClient.newHttpClient().send(Api.request("/api/audit/exports/" + id + "/file")
                    .header("Authorization", "Bearer " + Tokens.accessToken("auditor1")).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (java.io.IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An export as another server leaves it in the database. */
    private static String export(String owner, String status, Instant updatedAt, byte[]... pieces)
            throws SQLException {
        String id = UUID.randomUUID().toString();
        try (Connection connection = Database.connect();
                PreparedStatement export = connection.prepareStatement("INSERT INTO audit_pdf_export (id, owner,"
                        + " status, written, total, size, started_at, updated_at) VALUES (?, ?, ?, 1, 1, ?, ?, ?)");
                PreparedStatement piece = connection.prepareStatement(
                        "INSERT INTO audit_pdf_export_chunk (export_id, seq, bytes) VALUES (?, ?, ?)")) {
            export.setString(1, id);
            export.setString(2, owner);
            export.setString(3, status);
            export.setLong(4, Arrays.stream(pieces).mapToLong(bytes -> bytes.length).sum());
            export.setTimestamp(5, Timestamp.from(updatedAt));
            export.setTimestamp(6, Timestamp.from(updatedAt));
            export.executeUpdate();
            for (int seq = 0; seq < pieces.length; seq++) {
                piece.setString(1, id);
                piece.setInt(2, seq);
                piece.setBytes(3, pieces[seq]);
                piece.executeUpdate();
            }
        }
        return id;
    }
}
