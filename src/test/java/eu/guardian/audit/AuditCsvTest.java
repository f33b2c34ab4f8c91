package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
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

    @Test
    void theHashCoversEveryFieldAndThePreviousHash() {
        Instant when = Instant.parse("2026-11-28T12:00:00.123456789Z");
        AuditEntry first = new AuditEntry(when, "auditor1", "auditor", AuditAction.READ, "Child", Optional.of("7"),
                Optional.of(7L), Optional.empty(), Optional.of("127.0.0.1"), Optional.of("r1"), Optional.empty(),
                AuditEntry.GENESIS);
        AuditEntry same = new AuditEntry(when, "auditor1", "auditor", AuditAction.READ, "Child", Optional.of("7"),
                Optional.of(7L), Optional.empty(), Optional.of("127.0.0.1"), Optional.of("r1"), Optional.empty(),
                AuditEntry.GENESIS);
        AuditEntry otherUser = new AuditEntry(when, "auditor2", "auditor", AuditAction.READ, "Child",
                Optional.of("7"), Optional.of(7L), Optional.empty(), Optional.of("127.0.0.1"), Optional.of("r1"),
                Optional.empty(), AuditEntry.GENESIS);
        AuditEntry chained = new AuditEntry(when, "auditor1", "auditor", AuditAction.READ, "Child", Optional.of("7"),
                Optional.of(7L), Optional.empty(), Optional.of("127.0.0.1"), Optional.of("r1"), Optional.empty(),
                first.getHash());
        assertEquals(first.getHash(), same.getHash());
        assertEquals(64, first.getHash().length());
        assertEquals(false, first.getHash().equals(otherUser.getHash()));
        assertEquals(false, first.getHash().equals(chained.getHash()));
        assertEquals(Instant.parse("2026-11-28T12:00:00.123456Z"), first.getOccurredAt(), "stored to the microsecond");
    }
}
