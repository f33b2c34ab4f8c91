package eu.guardian.visit;

import java.io.Serializable;
import java.time.Instant;

/** One interpreted interaction: which language, who interpreted, when, for which child (by case number). */
public record InterpreterLogEntry(long id, long visitId, long childId, String caseNumber, String language,
        String interpreter, Instant occurredAt, String loggedBy) implements Serializable {
}
