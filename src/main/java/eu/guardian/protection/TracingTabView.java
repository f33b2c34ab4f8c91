package eu.guardian.protection;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.protection.ProtectionRecords.TracingRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The "tracing" sub-tab of a child's protection tab: family tracing requests addressed to a tracing service from the
 * counterpart registry (or an "other" one, which waits for the authority), their updates and outcome.
 */
@Named
@ViewScoped
public class TracingTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:protectionTabs:tracingForm";

    private static final Map<String, String> INPUTS = Map.of("addressedTo", "addressedTo", "counterpartId",
            "tracingService", "relatives", "relatives", "reunificationBidId", "bidId", "note", "tracingNote",
            "outcome", "tracingOutcome");
    private static final Map<String, String> LABELS = Map.of("addressedTo", "protection.recipient.other",
            "counterpartId", "protection.tracing.addressedTo", "relatives", "protection.tracing.relatives",
            "reunificationBidId", "protection.tracing.bid", "note", "protection.tracing.note", "outcome",
            "protection.tracing.outcome");

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    @Inject
    FamilyTracing tracing;

    private List<TracingRecord> requests = List.of();
    private final RecipientChoice service = new RecipientChoice();
    private String relatives;
    private boolean confidential;
    private Long bidId;
    private Long requestId;
    private String note;
    private String outcome;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        if (fileView.isLoaded()) {
            requests = tracing.requests(ProtectionForm.childId(fileView));
        }
    }

    public List<TracingRecord> getTracingRequests() {
        return requests;
    }

    public List<TracingRecord> getOpenTracingRequests() {
        return requests.stream().filter(t -> t.status() == TracingStatus.OPEN).toList();
    }

    public List<String> getTracingOutcomes() {
        return Arrays.stream(TracingOutcome.values()).map(Enum::name).toList();
    }

    public boolean isMayTrace() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN
                && currentUser.has(Role.CASEWORKER);
    }

    public void requestTracing() {
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.tracing.requested", () -> {
            TracingRecord made = tracing.request(ProtectionForm.childId(fileView), new ProtectionInputs.TracingInput(
                    service.getOtherName(), relatives, confidential, null, bidId, service.counterpartId()));
            if (made.status() == TracingStatus.AWAITING_APPROVAL) {
                FormMessages.add(null, FacesMessage.SEVERITY_WARN, "protection.approval.awaiting");
            }
            service.reset();
            relatives = null;
            confidential = false;
            bidId = null;
        }, this::load);
    }

    public void addTracingNote() {
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.tracing.noted", () -> {
            if (requestId == null) {
                throw new InvalidInput("note", "validation.required");
            }
            tracing.addUpdate(ProtectionForm.childId(fileView), requestId, new ProtectionInputs.TracingNote(note));
            note = null;
        }, this::load);
    }

    public void concludeTracing() {
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.tracing.concludedDone", () -> {
            if (requestId == null) {
                throw new InvalidInput("outcome", "validation.required");
            }
            tracing.conclude(ProtectionForm.childId(fileView), requestId, new ProtectionInputs.TracingConclusion(
                    outcome, null, bidId));
            outcome = null;
        }, this::load);
    }

    public RecipientChoice getService() { return service; }
    public String getRelatives() { return relatives; }
    public void setRelatives(String v) { relatives = v; }
    public boolean isConfidential() { return confidential; }
    public void setConfidential(boolean v) { confidential = v; }
    public Long getBidId() { return bidId; }
    public void setBidId(Long v) { bidId = v; }
    public Long getTracingRequestId() { return requestId; }
    public void setTracingRequestId(Long v) { requestId = v; }
    public String getTracingNote() { return note; }
    public void setTracingNote(String v) { note = v; }
    public String getTracingOutcome() { return outcome; }
    public void setTracingOutcome(String v) { outcome = v; }
}
