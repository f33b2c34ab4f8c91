package eu.guardian.protection;

import java.util.List;

/** Inputs of the protection use cases as a person typed them (page or API); checked field by field by the services. */
public final class ProtectionInputs {

    private ProtectionInputs() {
    }

    public record AnswerInput(String indicator, String answer, String note) {
    }

    /** A screening: every indicator's answer; the NRM agency and reference apply if the result shows indications. */
    public record ScreeningInput(String occasion, List<AnswerInput> answers, String nrmAgency, String nrmReference) {
        public List<AnswerInput> answersOrEmpty() {
            return answers == null ? List.of() : answers;
        }
    }

    public record OverrideInput(Long version, String result, String reason) {
    }

    public record NrmInput(String reference, String outcome, String note) {
    }

    /** Date-times are ISO instants (2026-11-28T09:30:00Z) or local date-times read as UTC (2026-11-28T09:30). */
    public record PoliceInput(String notifiedAt, String station, String reference) {
    }

    public record MissingReport(String reportedBy, String lastSeenAt, String lastSeenPlace, String lastSeenWearing,
            String lastSeenWith, String riskLevel, PoliceInput police, String guardianNotifiedAt,
            String hotlineCalledAt, String hotlineReference, String sisAlertId) {
    }

    public record AlertsInput(String guardianNotifiedAt, String hotlineCalledAt, String hotlineReference,
            String sisAlertId, String riskLevel) {
    }

    public record ReturnInput(String returnedAt, String place, String how, String debrief) {
    }

    /** To a registry entry ({@code counterpartId}), or to an "other" agency named as free text (then it awaits approval). */
    public record ReferralInput(String agencyKind, String agencyName, String purpose, Boolean childConsent,
            Boolean guardianConsent, String legalBasis, String sentOn, Long counterpartId) {
    }

    public record ReferralAnswer(Boolean accepted, String answeredOn, String note) {
    }

    public record ReferralCompletion(String completedOn, String outcome) {
    }

    /** To a registry entry ({@code counterpartId}), or to an "other" service named as free text (then it awaits approval). */
    public record TracingInput(String addressedTo, String relatives, Boolean confidential, String requestedOn,
            Long reunificationBidId, Long counterpartId) {
    }

    public record TracingNote(String note) {
    }

    public record TracingConclusion(String outcome, String outcomeOn, Long reunificationBidId) {
    }

    public record MarkInput(String part, String reason) {
    }

    /**
     * To a registry entry ({@code counterpartId}: its name and country are the recipient's), or to an "other" recipient
     * typed with its country (then it awaits the authority's approval).
     */
    public record HandoverInput(String recipient, String recipientCountry, String purpose, String purposeNote,
            Boolean childConsent, Boolean guardianConsent, String legalBasis, Long counterpartId,
            List<Long> attachmentIds) {
    }

    /** A counterpart organisation as the authority registers or corrects it ({@code version} for corrections). */
    public record CounterpartInput(Long version, String name, String kind, String country, String note,
            Boolean active) {
    }

    /** The authority's decision on a disclosure to an "other" recipient. */
    public record ApprovalDecision(Long version, Boolean approved, String note) {
    }

    public record Confirmation(String confirmedOn) {
    }
}
