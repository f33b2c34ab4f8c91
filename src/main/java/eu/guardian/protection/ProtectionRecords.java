package eu.guardian.protection;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What pages and the API show of the protection records (records, so read with #{r.name()} in views). */
public final class ProtectionRecords {

    private ProtectionRecords() {
    }

    public record AnswerRecord(Indicator indicator, Answer answer, String note) implements Serializable {
    }

    public record ScreeningRecord(long id, long childId, ScreeningOccasion occasion, Instant screenedAt,
            String screenedBy, ScreeningResult computedResult, ScreeningResult overrideResult, String overrideReason,
            String overriddenBy, ScreeningResult result, List<AnswerRecord> answers, NrmRecord nrmReferral,
            long version) implements Serializable {
        static ScreeningRecord of(Screening s, NrmReferral nrm) {
            return new ScreeningRecord(s.getId(), s.getChildId(), s.getOccasion(), s.getScreenedAt(),
                    s.getScreenedBy(), s.getComputedResult(), s.overrideResult().orElse(null), s.getOverrideReason(),
                    s.getOverriddenBy(), s.result(), s.getAnswers().stream()
                            .map(a -> new AnswerRecord(a.getIndicator(), a.getAnswer(), a.getNote())).toList(),
                    nrm == null ? null : NrmRecord.of(nrm), s.getVersion());
        }
    }

    public record NrmRecord(long id, long screeningId, String agency, LocalDate referredOn, String reference,
            NrmOutcome outcome, String outcomeNote, LocalDate reflectionEndsOn) implements Serializable {
        static NrmRecord of(NrmReferral n) {
            return new NrmRecord(n.getId(), n.getScreeningId(), n.getAgency(), n.getReferredOn(), n.getReference(),
                    n.getOutcome(), n.getOutcomeNote(), n.getReflectionEndsOn());
        }
    }

    public record EpisodeRecord(long id, long childId, MissingStatus status, Instant reportedAt, String reportedBy,
            String recordedBy, Instant lastSeenAt, String lastSeenPlace, String lastSeenWearing, String lastSeenWith,
            RiskLevel riskLevel, Instant policeDueAt, Instant policeNotifiedAt, String policeStation,
            String policeReference, boolean policeOverdue, Instant guardianNotifiedAt, Instant hotlineCalledAt,
            String hotlineReference, String sisAlertId, long hoursElapsed, Instant returnedAt, String returnedPlace,
            String returnedHow, String debrief, long version) implements Serializable {
        static EpisodeRecord of(MissingEpisode e, Instant now) {
            Instant end = e.getReturnedAt() != null ? e.getReturnedAt() : now;
            return new EpisodeRecord(e.getId(), e.getChildId(), e.getStatus(), e.getReportedAt(), e.getReportedBy(),
                    e.getRecordedBy(), e.getLastSeenAt(), e.getLastSeenPlace(), e.getLastSeenWearing(),
                    e.getLastSeenWith(), e.getRiskLevel(), e.getPoliceDueAt(), e.getPoliceNotifiedAt(),
                    e.getPoliceStation(), e.getPoliceReference(), e.policeOverdue(now), e.getGuardianNotifiedAt(),
                    e.getHotlineCalledAt(), e.getHotlineReference(), e.getSisAlertId(),
                    ProtectionDeadlines.hoursElapsed(e.getLastSeenAt(), end), e.getReturnedAt(),
                    e.getReturnedPlace(), e.getReturnedHow(), e.getDebrief(), e.getVersion());
        }
    }

    /** A row of the open-missing list. */
    public record OpenMissing(long episodeId, long childId, String caseNumber, String childName, Instant lastSeenAt,
            String lastSeenPlace, RiskLevel riskLevel, long hoursElapsed, boolean policeNotified,
            boolean policeOverdue, long episodes) implements Serializable {
    }

    /** A row of the not-yet-screened list; {@code returnedAt} is set when a return from missing made it due. */
    public record Unscreened(long childId, String caseNumber, String childName, LocalDate identifiedOn,
            Instant returnedAt) implements Serializable {
    }

    /** {@code counterpartId} null: an "other" agency, typed as free text. */
    public record ReferralRecord(long id, long childId, AgencyKind agencyKind, String agencyName, String purpose,
            boolean childConsent, boolean guardianConsent, String legalBasis, ReferralStatus status, LocalDate sentOn,
            LocalDate answerDueOn, boolean overdue, LocalDate answeredOn, String answerNote, LocalDate completedOn,
            String outcome, long version, Long counterpartId) implements Serializable {
        static ReferralRecord of(AgencyReferral r, LocalDate today) {
            return new ReferralRecord(r.getId(), r.getChildId(), r.getAgencyKind(), r.getAgencyName(), r.getPurpose(),
                    r.isChildConsent(), r.isGuardianConsent(), r.getLegalBasis(), r.getStatus(), r.getSentOn(),
                    r.getAnswerDueOn(), r.isOverdue(today), r.getAnsweredOn(), r.getAnswerNote(), r.getCompletedOn(),
                    r.getOutcome(), r.getVersion(), r.counterpartId().orElse(null));
        }
    }

    /** A row of the overdue-referrals list. */
    public record OverdueReferral(long referralId, long childId, String caseNumber, String childName,
            AgencyKind agencyKind, String agencyName, LocalDate sentOn, LocalDate answerDueOn, long daysOverdue) implements Serializable {
    }

    public record UpdateRecord(Instant notedAt, String notedBy, String note) implements Serializable {
    }

    /** {@code counterpartId} null: an "other" tracing service, typed as free text. */
    public record TracingRecord(long id, long childId, String addressedTo, String relatives, boolean confidential,
            LocalDate requestedOn, TracingStatus status, TracingOutcome outcome, LocalDate outcomeOn,
            Long reunificationBidId, List<UpdateRecord> updates, long version, Long counterpartId) implements Serializable {
        static TracingRecord of(TracingRequest t) {
            return new TracingRecord(t.getId(), t.getChildId(), t.getAddressedTo(), t.getRelatives(),
                    t.isConfidential(), t.getRequestedOn(), t.getStatus(), t.getOutcome(), t.getOutcomeOn(),
                    t.getReunificationBidId(), t.getUpdates().stream()
                            .map(u -> new UpdateRecord(u.getNotedAt(), u.getNotedBy(), u.getNote())).toList(),
                    t.getVersion(), t.counterpartId().orElse(null));
        }
    }

    public record MarkRecord(SharablePart part, String reason, Instant markedAt, String markedBy) implements Serializable {
        static MarkRecord of(NotForSharing n) {
            return new MarkRecord(n.getPart(), n.getReason(), n.getMarkedAt(), n.getMarkedBy());
        }
    }

    /** {@code counterpartId} null: an "other" recipient, typed as free text. */
    public record HandoverRecord(long id, long childId, String recipient, String recipientCountry,
            DisclosurePurpose purpose, String purposeNote, boolean childConsent, boolean guardianConsent,
            String legalBasis, HandoverStatus status, Instant preparedAt, String preparedBy, LocalDate confirmedOn,
            long version, Long counterpartId) implements Serializable {
        static HandoverRecord of(Handover h) {
            return new HandoverRecord(h.getId(), h.getChildId(), h.getRecipient(), h.getRecipientCountry(),
                    h.getPurpose(), h.getPurposeNote(), h.isChildConsent(), h.isGuardianConsent(), h.getLegalBasis(),
                    h.getStatus(), h.getPreparedAt(), h.getPreparedBy(), h.getConfirmedOn(), h.getVersion(),
                    h.counterpartId().orElse(null));
        }
    }

    /** An entry of the counterpart registry, with the disclosures its kind may receive. */
    public record CounterpartRecord(long id, String name, CounterpartKind kind, String country, String note,
            boolean active, List<Disclosure> receives, long version) implements Serializable {
        static CounterpartRecord of(Counterpart c) {
            return new CounterpartRecord(c.getId(), c.getName(), c.getKind(), c.getCountry(), c.getNote(),
                    c.isActive(), java.util.Arrays.stream(Disclosure.values()).filter(c::mayReceive).toList(),
                    c.getVersion());
        }
    }

    /** A disclosure to an "other" recipient, for the authority's list and decision. */
    public record ApprovalRecord(long id, long childId, String caseNumber, Disclosure disclosure, long disclosureId,
            String recipient, String recipientCountry, Instant requestedAt, String requestedBy, ApprovalStatus status,
            Instant decidedAt, String decidedBy, String decisionNote, long version) implements Serializable {
    }
}
