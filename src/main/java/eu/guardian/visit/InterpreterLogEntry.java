package eu.guardian.visit;

import java.io.Serializable;
import java.time.Instant;

/**
 * One interpreted interaction: what it was ({@code kind}) and the record it belongs to ({@code referenceId}; for a
 * visit also {@code visitId}), which language, who interpreted, when, for which child (by case number).
 */
public record InterpreterLogEntry(long id, Long visitId, long childId, String caseNumber, String language,
        String interpreter, Instant occurredAt, String loggedBy, InterpretedInteraction kind, Long referenceId)
        implements Serializable {
}
