package eu.guardian.guardianship;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A child's transition to adulthood as the file shows it (docs/domain-rules.md#transition-to-adulthood): when the
 * young person turns 18 by the age used, when the plan is due and whether it is, the plan and the after-care handover.
 */
public record TransitionRecord(long childId, LocalDate adultOn, LocalDate planDueOn, boolean planDue,
        LocalDate planRecordedOn, String planSummary, String planRecordedBy, String afterCareService,
        String afterCareContact, String handedOver, AfterCareConsent consent, String consentNote,
        LocalDate handoverRecordedOn) implements Serializable {

    public boolean handedOverToAfterCare() {
        return handoverRecordedOn != null;
    }
}
