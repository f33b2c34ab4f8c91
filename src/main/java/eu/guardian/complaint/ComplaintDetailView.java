package eu.guardian.complaint;

import eu.guardian.complaint.ComplaintRecords.ComplaintDetail;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One complaint; the authority assigns it and records its outcome here. Hidden complaints are "not found" (404). */
@Named
@ViewScoped
public class ComplaintDetailView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> ASSIGN_INPUTS = Map.of("owner", "owner");
    private static final Map<String, String> ASSIGN_LABELS = Map.of("owner", "complaint.owner");
    private static final Map<String, String> OUTCOME_INPUTS = Map.of("outcome", "outcome", "outcomeText",
            "outcomeText", "decidedOn", "decidedOn");
    private static final Map<String, String> OUTCOME_LABELS = Map.of("outcome", "complaint.outcome", "outcomeText",
            "complaint.outcomeText", "decidedOn", "complaint.decidedOn", "complaint.lodgedOn", "complaint.lodgedOn");

    @Inject
    Clock clock;

    @Inject
    Complaints complaints;

    @Inject
    CurrentUser currentUser;

    private String id;
    private ComplaintDetail complaint;
    private String owner;
    private String outcome;
    private String outcomeText;
    private LocalDate decidedOn;

    /** View action: loads the complaint, or answers 404. */
    public void load() {
        Optional<Long> complaintId = FormMessages.id(id);
        if (complaintId.isEmpty()) {
            FormMessages.notFound();
            return;
        }
        try {
            complaint = complaints.get(complaintId.get());
            owner = Optional.ofNullable(complaint.owner()).orElse(currentUser.getName());
            decidedOn = LocalDate.now(clock);
        } catch (NotFound notFound) {
            complaint = null;
            FormMessages.notFound();
        }
    }

    public void assign() {
        change("assignForm", ASSIGN_INPUTS, ASSIGN_LABELS, "complaint.assigned",
                () -> complaints.assign(complaint.id(), complaint.version(), owner));
    }

    public void decide() {
        change("outcomeForm", OUTCOME_INPUTS, OUTCOME_LABELS, "complaint.decided",
                () -> complaints.decide(complaint.id(), complaint.version(), outcome, outcomeText,
                        decidedOn == null ? null : decidedOn.toString()));
    }

    private void change(String form, Map<String, String> inputs, Map<String, String> labels, String doneKey,
            java.util.function.Supplier<ComplaintDetail> action) {
        try {
            FormAction.of(form, inputs, labels).messagesInForm().run(() -> {
                complaint = action.get();
                FormMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey, complaint.reference());
            });
        } catch (Conflict conflict) {
            FormMessages.add(form, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
    }

    public List<String> getOutcomes() {
        return Arrays.stream(ComplaintOutcome.values()).map(Enum::name).toList();
    }

    public boolean isLoaded() {
        return complaint != null;
    }

    public ComplaintDetail getComplaint() {
        return complaint;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getOwner() {
        return owner;
    }

    public void setOwner(String owner) {
        this.owner = owner;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }

    public String getOutcomeText() {
        return outcomeText;
    }

    public void setOutcomeText(String outcomeText) {
        this.outcomeText = outcomeText;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }
}
