package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AuditCsvTest {

    @Test
    void formulasAreNeutralisedSoThatASpreadsheetShowsThemAsText() {
        assertEquals("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\"",
                AuditCsv.cell("=HYPERLINK(\"http://evil.example\",\"click\")"));
        assertEquals("'+1", AuditCsv.cell("+1"));
        assertEquals("'-1", AuditCsv.cell("-1"));
        assertEquals("'@SUM(A1)", AuditCsv.cell("@SUM(A1)"));
        assertEquals("'\tx", AuditCsv.cell("\tx"));
    }

    @Test
    void ordinaryCellsStayAsTheyAreAndSeparatorsAreQuoted() {
        assertEquals("caseworker1", AuditCsv.cell("caseworker1"));
        assertEquals("\"a,b\"", AuditCsv.cell("a,b"));
        assertEquals("\"line\nbreak\"", AuditCsv.cell("line\nbreak"));
        assertEquals("", AuditCsv.cell(""));
    }

    private static final MacKey KEY = MacKey.of("k1", Base64.getEncoder().encodeToString(new byte[32]));
    private static final MacKey OTHER_KEY = MacKey.of("k2", Base64.getEncoder().encodeToString(new byte[32]));

    private static AuditEntry entry(String username, String previous, MacKey key) {
        return new AuditEntry(Instant.parse("2026-11-28T12:00:00.123456789Z"), username, "auditor", AuditAction.READ,
                "Child", Optional.of("7"), Optional.of(7L), Optional.empty(), Optional.of("127.0.0.1"),
                Optional.of("r1"), Optional.empty(), previous, key);
    }

    @Test
    void theMacCoversEveryFieldThePreviousHashAndTheKey() {
        AuditEntry first = entry("auditor1", AuditEntry.GENESIS, KEY);
        assertEquals(first.getHash(), entry("auditor1", AuditEntry.GENESIS, KEY).getHash());
        assertEquals(64, first.getHash().length());
        assertEquals(false, first.getHash().equals(entry("auditor2", AuditEntry.GENESIS, KEY).getHash()));
        assertEquals(false, first.getHash().equals(entry("auditor1", first.getHash(), KEY).getHash()));
        assertEquals(false, first.getHash().equals(entry("auditor1", AuditEntry.GENESIS, OTHER_KEY).getHash()),
                "the same content under another key (even with the same secret) gives another MAC");
        assertEquals(Optional.of("k1"), first.getKeyId());
        assertEquals(false, first.getHash().equals(AuditEntry.hashOf(AuditEntry.canonicalContent(
                first.getOccurredAt(), "auditor1", "auditor", "READ", "Child", "7", 7L, null, "127.0.0.1", "r1",
                null), AuditEntry.GENESIS)), "not the plain SHA-256 anyone can compute");
        assertEquals(Instant.parse("2026-11-28T12:00:00.123456Z"), first.getOccurredAt(), "stored to the microsecond");
    }
}
