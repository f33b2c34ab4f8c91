package eu.guardian.guardianship;

import java.time.LocalDate;

/**
 * Fired once per breach (child and interim due date), in the transaction that records the notice: for whoever else
 * must be told later (an e-mail notification service, say). Carries no personal data.
 */
public record InterimRepresentativeBreached(long childId, String caseNumber, LocalDate interimDueOn) {
}
