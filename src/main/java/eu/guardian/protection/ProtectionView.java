package eu.guardian.protection;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.protection.ProtectionInputs.AnswerInput;
import eu.guardian.protection.ProtectionRecords.EpisodeRecord;
import eu.guardian.protection.ProtectionRecords.HandoverRecord;
import eu.guardian.protection.ProtectionRecords.MarkRecord;
import eu.guardian.protection.ProtectionRecords.ReferralRecord;
import eu.guardian.protection.ProtectionRecords.ScreeningRecord;
import eu.guardian.protection.ProtectionRecords.TracingRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * The protection tab of a child's file, and the missing banner above the tabs: missing episodes, screenings and NRM
 * referrals, agency referrals, family tracing and handovers. Each section is offered to the roles its service lets
 * through; the services decide.
 */
@Named
@ViewScoped
public class ProtectionView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String MISSING_FORM = "tabs:missingForm";
    static final String SCREENING_FORM = "tabs:screeningForm";
    static final String REFERRAL_FORM = "tabs:referralForm";
    static final String TRACING_FORM = "tabs:tracingForm";
    static final String HANDOVER_FORM = "tabs:handoverForm";

    private static final Map<String, String> MISSING_INPUTS = Map.ofEntries(Map.entry("reportedBy", "reportedBy"),
            Map.entry("lastSeenAt", "lastSeenAt"), Map.entry("lastSeenPlace", "lastSeenPlace"),
            Map.entry("lastSeenWearing", "lastSeenWearing"), Map.entry("lastSeenWith", "lastSeenWith"),
            Map.entry("riskLevel", "riskLevel"), Map.entry("police.notifiedAt", "policeNotifiedAt"),
            Map.entry("police.station", "policeStation"), Map.entry("police.reference", "policeReference"),
            Map.entry("hotlineReference", "hotlineReference"), Map.entry("sisAlertId", "sisAlertId"),
            Map.entry("returnedAt", "returnedAt"), Map.entry("place", "returnPlace"), Map.entry("how", "returnHow"),
            Map.entry("debrief", "debrief"));
    private static final Map<String, String> MISSING_LABELS = Map.ofEntries(
            Map.entry("reportedBy", "protection.missing.reportedBy"),
            Map.entry("lastSeenAt", "protection.missing.lastSeenAt"),
            Map.entry("lastSeenPlace", "protection.missing.lastSeenPlace"),
            Map.entry("lastSeenWearing", "protection.missing.lastSeenWearing"),
            Map.entry("lastSeenWith", "protection.missing.lastSeenWith"),
            Map.entry("riskLevel", "protection.missing.riskLevel"),
            Map.entry("police.notifiedAt", "protection.missing.policeNotifiedAt"),
            Map.entry("police.station", "protection.missing.policeStation"),
            Map.entry("police.reference", "protection.missing.policeReference"),
            Map.entry("hotlineReference", "protection.missing.hotlineReference"),
            Map.entry("sisAlertId", "protection.missing.sisAlertId"),
            Map.entry("returnedAt", "protection.missing.returnedAt"),
            Map.entry("place", "protection.missing.returnPlace"), Map.entry("how", "protection.missing.returnHow"),
            Map.entry("debrief", "protection.missing.debrief"));
    private static final Map<String, String> SCREENING_INPUTS = Map.of("nrmAgency", "nrmAgency", "nrmReference",
            "nrmReference", "result", "overrideResult", "reason", "overrideReason");
    private static final Map<String, String> SCREENING_LABELS = Map.of("nrmAgency", "protection.nrm.agency",
            "nrmReference", "protection.nrm.reference", "result", "protection.screening.result", "reason",
            "protection.screening.overrideReason", "answers", "protection.screening.answers");
    private static final Map<String, String> REFERRAL_INPUTS = Map.of("agencyKind", "agencyKind", "agencyName",
            "agencyName", "purpose", "referralPurpose", "legalBasis", "referralLegalBasis", "outcome",
            "referralOutcome");
    private static final Map<String, String> REFERRAL_LABELS = Map.of("agencyKind", "protection.referral.agencyKind",
            "agencyName", "protection.referral.agencyName", "purpose", "protection.referral.purpose", "legalBasis",
            "protection.consent.legalBasis", "consent", "protection.consent.title", "outcome",
            "protection.referral.outcome");
    private static final Map<String, String> TRACING_INPUTS = Map.of("addressedTo", "addressedTo", "relatives",
            "relatives", "reunificationBidId", "bidId", "note", "tracingNote", "outcome", "tracingOutcome");
    private static final Map<String, String> TRACING_LABELS = Map.of("addressedTo", "protection.tracing.addressedTo",
            "relatives", "protection.tracing.relatives", "reunificationBidId", "protection.tracing.bid", "note",
            "protection.tracing.note", "outcome", "protection.tracing.outcome");
    private static final Map<String, String> HANDOVER_INPUTS = Map.of("recipient", "recipient", "recipientCountry",
            "recipientCountry", "purpose", "purpose", "purposeNote", "purposeNote", "legalBasis", "handoverLegalBasis");
    private static final Map<String, String> HANDOVER_LABELS = Map.of("recipient", "protection.handover.recipient",
            "recipientCountry", "protection.handover.recipientCountry", "purpose", "protection.handover.purpose",
            "purposeNote", "protection.handover.purposeNote", "legalBasis", "protection.consent.legalBasis", "consent",
            "protection.consent.title");

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    @Inject
    Screenings screenings;

    @Inject
    MissingChildren missing;

    @Inject
    Referrals referrals;

    @Inject
    FamilyTracing tracing;

    @Inject
    Handovers handovers;

    private List<EpisodeRecord> episodes = List.of();
    private List<ScreeningRecord> screeningList = List.of();
    private List<ReferralRecord> referralList = List.of();
    private List<TracingRecord> tracingList = List.of();
    private List<HandoverRecord> handoverList = List.of();
    private List<MarkRecord> marks = List.of();

    // missing
    private String reportedBy;
    private LocalDateTime lastSeenAt;
    private String lastSeenPlace;
    private String lastSeenWearing;
    private String lastSeenWith;
    private String riskLevel;
    private LocalDateTime policeNotifiedAt;
    private String policeStation;
    private String policeReference;
    private boolean guardianNotified;
    private String hotlineReference;
    private String sisAlertId;
    private LocalDateTime returnedAt;
    private String returnPlace;
    private String returnHow;
    private String debrief;

    // screening
    private String occasion;
    private List<AnswerRow> answers = new ArrayList<>();
    private String nrmAgency;
    private String nrmReference;
    private Long overrideScreeningId;
    private String overrideResult;
    private String overrideReason;

    // referrals
    private String agencyKind;
    private String agencyName;
    private String referralPurpose;
    private boolean childConsent;
    private boolean guardianConsent;
    private String referralLegalBasis;
    private Long completeReferralId;
    private String referralOutcome;

    // tracing
    private String addressedTo;
    private String relatives;
    private boolean confidential;
    private Long bidId;
    private Long tracingRequestId;
    private String tracingNote;
    private String tracingOutcome;

    // handover
    private List<String> withheldParts = new ArrayList<>();
    private String recipient;
    private String recipientCountry;
    private String purpose;
    private String purposeNote;
    private boolean handoverChildConsent;
    private boolean handoverGuardianConsent;
    private String handoverLegalBasis;

    /** One indicator's row of the screening form (a JavaBean for EL). */
    public static final class AnswerRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Indicator indicator;
        private String answer = Answer.UNKNOWN.name();
        private String note;

        AnswerRow(Indicator indicator) {
            this.indicator = indicator;
        }

        public String getIndicator() {
            return indicator.name();
        }

        public boolean isStrong() {
            return indicator.isStrong();
        }

        public String getAnswer() {
            return answer;
        }

        public void setAnswer(String answer) {
            this.answer = answer;
        }

        public String getNote() {
            return note;
        }

        public void setNote(String note) {
            this.note = note;
        }
    }

    @PostConstruct
    void init() {
        resetScreening();
        lastSeenAt = now();
        policeNotifiedAt = now();
        returnedAt = now();
        load();
    }

    private void load() {
        if (!fileView.isLoaded()) {
            return;
        }
        long childId = childId();
        episodes = missing.episodes(childId);
        screeningList = screenings.screenings(childId);
        if (!currentUser.has(Role.RECEPTION) || currentUser.has(Role.CASEWORKER)) {
            referralList = referrals.referrals(childId);
            marks = handovers.marks(childId);
            withheldParts = new ArrayList<>(marks.stream().map(m -> m.part().name()).toList());
        }
        tracingList = tracing.requests(childId);
        if (isMaySeeHandovers()) {
            handoverList = handovers.handovers(childId);
        }
    }

    // What the page shows

    public EpisodeRecord getOpenEpisode() {
        return episodes.stream().filter(e -> e.status() == MissingStatus.OPEN).findFirst().orElse(null);
    }

    public int getEpisodeCount() {
        return episodes.size();
    }

    public List<EpisodeRecord> getEpisodes() {
        return episodes;
    }

    public List<ScreeningRecord> getScreenings() {
        return screeningList;
    }

    /** A screening is due: never screened, or not since the latest return from missing. */
    public boolean isScreeningDue() {
        Optional<java.time.Instant> lastReturn = episodes.stream().map(EpisodeRecord::returnedAt)
                .filter(java.util.Objects::nonNull).max(java.time.Instant::compareTo);
        return screeningList.isEmpty() || lastReturn.filter(r -> screeningList.get(0).screenedAt().isBefore(r))
                .isPresent();
    }

    public List<ReferralRecord> getReferrals() {
        return referralList;
    }

    public List<TracingRecord> getTracingRequests() {
        return tracingList;
    }

    public List<TracingRecord> getOpenTracingRequests() {
        return tracingList.stream().filter(t -> "OPEN".equals(t.status())).toList();
    }

    public List<ReferralRecord> getAcceptedReferrals() {
        return referralList.stream().filter(r -> r.status() == ReferralStatus.ACCEPTED).toList();
    }

    public List<HandoverRecord> getHandovers() {
        return handoverList;
    }

    public List<MarkRecord> getMarks() {
        return marks;
    }

    public List<String> getIndicators() {
        return names(Indicator.values());
    }

    public List<String> getAnswerChoices() {
        return names(Answer.values());
    }

    public List<String> getResults() {
        return names(ScreeningResult.values());
    }

    public List<String> getOccasions() {
        return names(ScreeningOccasion.values());
    }

    public List<String> getRiskLevels() {
        return names(RiskLevel.values());
    }

    public List<String> getAgencyKinds() {
        return names(AgencyKind.values());
    }

    public List<String> getTracingOutcomes() {
        return names(TracingOutcome.values());
    }

    public List<String> getSharableParts() {
        return names(SharablePart.values());
    }

    public List<String> getPurposes() {
        return Arrays.stream(DisclosurePurpose.values()).filter(p -> p != DisclosurePurpose.IMMIGRATION_ENFORCEMENT)
                .map(Enum::name).toList();
    }

    // Who may do what (the services decide; the page only offers)

    private boolean open() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN;
    }

    public boolean isMayReportMissing() {
        return open() && fileView.getFile().mayChange()
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.RECEPTION));
    }

    public boolean isMayScreen() {
        return open() && (currentUser.has(Role.RECEPTION) && fileView.getFile().mayChange()
                || currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN));
    }

    public boolean isMayOverride() {
        return open() && currentUser.has(Role.CASEWORKER);
    }

    public boolean isMaySeeReferrals() {
        return currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.AUDITOR);
    }

    public boolean isMayRefer() {
        return open() && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN));
    }

    public boolean isMayTrace() {
        return open() && currentUser.has(Role.CASEWORKER);
    }

    public boolean isMaySeeHandovers() {
        return currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY) || currentUser.has(Role.AUDITOR);
    }

    public boolean isMayMark() {
        return open() && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN));
    }

    public boolean isMayHandover() {
        return open() && currentUser.has(Role.CASEWORKER);
    }

    public boolean isMayConfirmHandover() {
        return open() && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    // Actions

    public void reportMissing() {
        run(MISSING_FORM, MISSING_INPUTS, MISSING_LABELS, "protection.missing.reported", () -> {
            boolean police = policeStation != null && !policeStation.isBlank()
                    || policeReference != null && !policeReference.isBlank();
            missing.report(childId(), new ProtectionInputs.MissingReport(reportedBy, iso(lastSeenAt), lastSeenPlace,
                    lastSeenWearing, lastSeenWith, riskLevel, police
                            ? new ProtectionInputs.PoliceInput(iso(policeNotifiedAt), policeStation, policeReference)
                            : null, guardianNotified ? iso(now()) : null, hotlineReference == null
                            || hotlineReference.isBlank() ? null : iso(now()), hotlineReference, sisAlertId));
            reportedBy = null;
            lastSeenPlace = null;
            lastSeenWearing = null;
            lastSeenWith = null;
            riskLevel = null;
            policeStation = null;
            policeReference = null;
        });
    }

    public void recordPolice() {
        EpisodeRecord episode = getOpenEpisode();
        if (episode == null) {
            return;
        }
        run(MISSING_FORM, MISSING_INPUTS, MISSING_LABELS, "protection.missing.policeRecorded", () -> {
            missing.policeNotified(childId(), episode.id(), new ProtectionInputs.PoliceInput(iso(policeNotifiedAt),
                    policeStation, policeReference));
            if (hotlineReference != null && !hotlineReference.isBlank() || sisAlertId != null && !sisAlertId.isBlank()
                    || guardianNotified) {
                missing.alerts(childId(), episode.id(), new ProtectionInputs.AlertsInput(guardianNotified
                        ? iso(now()) : null, hotlineReference == null || hotlineReference.isBlank() ? null
                        : iso(now()), hotlineReference, sisAlertId, null));
            }
        });
    }

    public void recordReturn() {
        EpisodeRecord episode = getOpenEpisode();
        if (episode == null) {
            return;
        }
        run(MISSING_FORM, MISSING_INPUTS, MISSING_LABELS, "protection.missing.returnRecorded", () -> {
            missing.returned(childId(), episode.id(), new ProtectionInputs.ReturnInput(iso(returnedAt), returnPlace,
                    returnHow, debrief));
            occasion = ScreeningOccasion.RETURN_FROM_MISSING.name();
        });
    }

    public void screen() {
        run(SCREENING_FORM, SCREENING_INPUTS, SCREENING_LABELS, "protection.screening.recorded", () -> {
            ScreeningRecord record = screenings.screen(childId(), new ProtectionInputs.ScreeningInput(occasion,
                    answers.stream().map(a -> new AnswerInput(a.getIndicator(), a.getAnswer(), a.getNote())).toList(),
                    nrmAgency, nrmReference));
            if (record.result().isPositive()) {
                FormMessages.add(null, FacesMessage.SEVERITY_WARN, "protection.screening.referred",
                        record.nrmReferral().reflectionEndsOn().toString());
            }
            resetScreening();
        });
    }

    public void override() {
        ScreeningRecord target = screeningList.stream().filter(s -> overrideScreeningId != null
                && s.id() == overrideScreeningId).findFirst().orElse(screeningList.isEmpty() ? null
                : screeningList.get(0));
        if (target == null) {
            return;
        }
        run(SCREENING_FORM, SCREENING_INPUTS, SCREENING_LABELS, "protection.screening.overriddenDone", () -> {
            screenings.override(childId(), target.id(), new ProtectionInputs.OverrideInput(target.version(),
                    overrideResult, overrideReason));
            overrideResult = null;
            overrideReason = null;
        });
    }

    public void refer() {
        run(REFERRAL_FORM, REFERRAL_INPUTS, REFERRAL_LABELS, "protection.referral.sent", () -> {
            referrals.refer(childId(), new ProtectionInputs.ReferralInput(agencyKind, agencyName, referralPurpose,
                    childConsent, guardianConsent, referralLegalBasis, null));
            agencyKind = null;
            agencyName = null;
            referralPurpose = null;
            childConsent = false;
            guardianConsent = false;
            referralLegalBasis = null;
        });
    }

    public void answerReferral(long referralId, boolean accepted) {
        run(REFERRAL_FORM, REFERRAL_INPUTS, REFERRAL_LABELS, "protection.referral.answered", () ->
                referrals.answer(childId(), referralId, new ProtectionInputs.ReferralAnswer(accepted, null, null)));
    }

    public void completeReferral() {
        run(REFERRAL_FORM, REFERRAL_INPUTS, REFERRAL_LABELS, "protection.referral.completed", () -> {
            if (completeReferralId == null) {
                throw new InvalidInput("outcome", "validation.required");
            }
            referrals.complete(childId(), completeReferralId, new ProtectionInputs.ReferralCompletion(null,
                    referralOutcome));
            referralOutcome = null;
        });
    }

    public void requestTracing() {
        run(TRACING_FORM, TRACING_INPUTS, TRACING_LABELS, "protection.tracing.requested", () -> {
            tracing.request(childId(), new ProtectionInputs.TracingInput(addressedTo, relatives, confidential, null,
                    bidId));
            addressedTo = null;
            relatives = null;
            confidential = false;
            bidId = null;
        });
    }

    public void addTracingNote() {
        run(TRACING_FORM, TRACING_INPUTS, TRACING_LABELS, "protection.tracing.noted", () -> {
            if (tracingRequestId == null) {
                throw new InvalidInput("note", "validation.required");
            }
            tracing.addUpdate(childId(), tracingRequestId, new ProtectionInputs.TracingNote(tracingNote));
            tracingNote = null;
        });
    }

    public void concludeTracing() {
        run(TRACING_FORM, TRACING_INPUTS, TRACING_LABELS, "protection.tracing.concludedDone", () -> {
            if (tracingRequestId == null) {
                throw new InvalidInput("outcome", "validation.required");
            }
            tracing.conclude(childId(), tracingRequestId, new ProtectionInputs.TracingConclusion(tracingOutcome, null,
                    bidId));
            tracingOutcome = null;
        });
    }

    public void saveMarks() {
        run(HANDOVER_FORM, HANDOVER_INPUTS, HANDOVER_LABELS, "protection.marks.saved", () -> {
            List<String> before = marks.stream().map(m -> m.part().name()).toList();
            for (String part : withheldParts) {
                if (!before.contains(part)) {
                    handovers.mark(childId(), new ProtectionInputs.MarkInput(part, null));
                }
            }
            for (String part : before) {
                if (!withheldParts.contains(part)) {
                    handovers.unmark(childId(), part);
                }
            }
        });
    }

    public void prepareHandover() {
        run(HANDOVER_FORM, HANDOVER_INPUTS, HANDOVER_LABELS, "protection.handover.prepared", () -> {
            handovers.prepare(childId(), new ProtectionInputs.HandoverInput(recipient, recipientCountry, purpose,
                    purposeNote, handoverChildConsent, handoverGuardianConsent, handoverLegalBasis));
            recipient = null;
            purposeNote = null;
        });
    }

    public void confirmHandover(long handoverId) {
        run(HANDOVER_FORM, HANDOVER_INPUTS, HANDOVER_LABELS, "protection.handover.confirmedDone", () ->
                handovers.confirm(childId(), handoverId, new ProtectionInputs.Confirmation(null)));
        fileView.load();
    }

    public StreamedContent packageJson(long handoverId) {
        byte[] json = handovers.packageJson(childId(), handoverId).getBytes(StandardCharsets.UTF_8);
        return DefaultStreamedContent.builder().name("handover-" + handoverId + ".json")
                .contentType("application/json").stream(() -> new ByteArrayInputStream(json)).build();
    }

    public StreamedContent packagePdf(long handoverId) {
        byte[] pdf = handovers.packagePdf(childId(), handoverId);
        return DefaultStreamedContent.builder().name("handover-" + handoverId + ".pdf").contentType("application/pdf")
                .stream(() -> new ByteArrayInputStream(pdf)).build();
    }

    private void run(String form, Map<String, String> inputs, Map<String, String> labels, String doneKey,
            Runnable change) {
        try {
            FormAction.of(form, inputs, labels).notFoundAsErrorPage().run(() -> {
                change.run();
                load();
                FormMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
            });
        } catch (FirewallRefusal refused) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "protection.firewall.refused");
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
    }

    private void resetScreening() {
        answers = new ArrayList<>(Arrays.stream(Indicator.values()).map(AnswerRow::new).toList());
        occasion = ScreeningOccasion.REGISTRATION.name();
        nrmAgency = null;
        nrmReference = null;
    }

    private long childId() {
        return fileView.getFile().id();
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
    }

    private static String iso(LocalDateTime value) {
        return value == null ? null : value.toInstant(ZoneOffset.UTC).toString();
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    // Form fields

    public String getReportedBy() { return reportedBy; }
    public void setReportedBy(String v) { reportedBy = v; }
    public LocalDateTime getLastSeenAt() { return lastSeenAt; }
    public void setLastSeenAt(LocalDateTime v) { lastSeenAt = v; }
    public String getLastSeenPlace() { return lastSeenPlace; }
    public void setLastSeenPlace(String v) { lastSeenPlace = v; }
    public String getLastSeenWearing() { return lastSeenWearing; }
    public void setLastSeenWearing(String v) { lastSeenWearing = v; }
    public String getLastSeenWith() { return lastSeenWith; }
    public void setLastSeenWith(String v) { lastSeenWith = v; }
    public String getRiskLevel() { return riskLevel; }
    public void setRiskLevel(String v) { riskLevel = v; }
    public LocalDateTime getPoliceNotifiedAt() { return policeNotifiedAt; }
    public void setPoliceNotifiedAt(LocalDateTime v) { policeNotifiedAt = v; }
    public String getPoliceStation() { return policeStation; }
    public void setPoliceStation(String v) { policeStation = v; }
    public String getPoliceReference() { return policeReference; }
    public void setPoliceReference(String v) { policeReference = v; }
    public boolean isGuardianNotified() { return guardianNotified; }
    public void setGuardianNotified(boolean v) { guardianNotified = v; }
    public String getHotlineReference() { return hotlineReference; }
    public void setHotlineReference(String v) { hotlineReference = v; }
    public String getSisAlertId() { return sisAlertId; }
    public void setSisAlertId(String v) { sisAlertId = v; }
    public LocalDateTime getReturnedAt() { return returnedAt; }
    public void setReturnedAt(LocalDateTime v) { returnedAt = v; }
    public String getReturnPlace() { return returnPlace; }
    public void setReturnPlace(String v) { returnPlace = v; }
    public String getReturnHow() { return returnHow; }
    public void setReturnHow(String v) { returnHow = v; }
    public String getDebrief() { return debrief; }
    public void setDebrief(String v) { debrief = v; }
    public String getOccasion() { return occasion; }
    public void setOccasion(String v) { occasion = v; }
    public List<AnswerRow> getAnswers() { return answers; }
    public String getNrmAgency() { return nrmAgency; }
    public void setNrmAgency(String v) { nrmAgency = v; }
    public String getNrmReference() { return nrmReference; }
    public void setNrmReference(String v) { nrmReference = v; }
    public Long getOverrideScreeningId() { return overrideScreeningId; }
    public void setOverrideScreeningId(Long v) { overrideScreeningId = v; }
    public String getOverrideResult() { return overrideResult; }
    public void setOverrideResult(String v) { overrideResult = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }
    public String getAgencyKind() { return agencyKind; }
    public void setAgencyKind(String v) { agencyKind = v; }
    public String getAgencyName() { return agencyName; }
    public void setAgencyName(String v) { agencyName = v; }
    public String getReferralPurpose() { return referralPurpose; }
    public void setReferralPurpose(String v) { referralPurpose = v; }
    public boolean isChildConsent() { return childConsent; }
    public void setChildConsent(boolean v) { childConsent = v; }
    public boolean isGuardianConsent() { return guardianConsent; }
    public void setGuardianConsent(boolean v) { guardianConsent = v; }
    public String getReferralLegalBasis() { return referralLegalBasis; }
    public void setReferralLegalBasis(String v) { referralLegalBasis = v; }
    public Long getCompleteReferralId() { return completeReferralId; }
    public void setCompleteReferralId(Long v) { completeReferralId = v; }
    public String getReferralOutcome() { return referralOutcome; }
    public void setReferralOutcome(String v) { referralOutcome = v; }
    public String getAddressedTo() { return addressedTo; }
    public void setAddressedTo(String v) { addressedTo = v; }
    public String getRelatives() { return relatives; }
    public void setRelatives(String v) { relatives = v; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean v) { confidential = v; }
    public Long getBidId() { return bidId; }
    public void setBidId(Long v) { bidId = v; }
    public Long getTracingRequestId() { return tracingRequestId; }
    public void setTracingRequestId(Long v) { tracingRequestId = v; }
    public String getTracingNote() { return tracingNote; }
    public void setTracingNote(String v) { tracingNote = v; }
    public String getTracingOutcome() { return tracingOutcome; }
    public void setTracingOutcome(String v) { tracingOutcome = v; }
    public List<String> getWithheldParts() { return withheldParts; }
    public void setWithheldParts(List<String> v) { withheldParts = v == null ? new ArrayList<>() : new ArrayList<>(v); }
    public String getRecipient() { return recipient; }
    public void setRecipient(String v) { recipient = v; }
    public String getRecipientCountry() { return recipientCountry; }
    public void setRecipientCountry(String v) { recipientCountry = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public String getPurposeNote() { return purposeNote; }
    public void setPurposeNote(String v) { purposeNote = v; }
    public boolean isHandoverChildConsent() { return handoverChildConsent; }
    public void setHandoverChildConsent(boolean v) { handoverChildConsent = v; }
    public boolean isHandoverGuardianConsent() { return handoverGuardianConsent; }
    public void setHandoverGuardianConsent(boolean v) { handoverGuardianConsent = v; }
    public String getHandoverLegalBasis() { return handoverLegalBasis; }
    public void setHandoverLegalBasis(String v) { handoverLegalBasis = v; }
}
