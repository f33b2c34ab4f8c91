package eu.guardian.guardianship;

import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.guardian.GuardianSummary;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authority's "deactivate this guardian" on the guardian's profile: each current ward gets its new guardian in
 * the same step, then the entry is inactive and the login refused ({@link GuardianDeactivation}).
 */
@Named
@ViewScoped
public class GuardianDeactivationView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "deactivation";
    private static final Map<String, String> INPUTS = Map.of("reason", "reason", "reassignments.decisionReference",
            "decisionReference");
    private static final Map<String, String> LABELS = Map.of("reason", "guardian.deactivationReason",
            "reassignments.decisionReference", "appointment.decisionReference");

    @Inject
    GuardianDeactivation deactivation;

    @Inject
    GuardianRegistry guardians;

    @Inject
    Appointments appointments;

    @Inject
    CurrentUser currentUser;

    private GuardianSummary guardian;
    private List<GuardianshipRecord> wards = List.of();
    private final Map<Long, GuardianOption> newGuardians = new HashMap<>();
    private String reason;
    private String decisionReference;

    /** View action after the profile's: the active guardian's wards, for the authority only. */
    public void load(GuardianSummary shown) {
        if (shown == null || !shown.active() || !currentUser.has(Role.AUTHORITY)) {
            return;
        }
        guardian = shown;
        wards = appointments.activeOf(shown.id());
    }

    public List<GuardianOption> completeGuardian(String typed) {
        return GuardianOption.startingWith(guardians, typed, Optional.ofNullable(guardian).map(GuardianSummary::id));
    }

    public String deactivate() {
        List<DeactivationInput.Reassignment> reassignments = wards.stream()
                .filter(ward -> newGuardians.get(ward.childId()) != null)
                .map(ward -> new DeactivationInput.Reassignment(ward.childId(), newGuardians.get(ward.childId()).id(),
                        decisionReference)).toList();
        try {
            return FormAction.of(FORM, INPUTS, LABELS).messagesInForm().call(() -> {
                deactivation.deactivate(guardian.id(), new DeactivationInput(guardian.version(), reason,
                        reassignments));
                FormMessages.addForNextPage("guardian.deactivated", guardian.name());
                return "/guardians/profile.xhtml?faces-redirect=true&id=" + guardian.id();
            }).orElse(null);
        } catch (Conflict conflict) {
            FormMessages.add(FORM, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
            if ("guardian.hasWards".equals(conflict.messageKey())) {
                FormMessages.add(FORM, FacesMessage.SEVERITY_ERROR, "guardian.wardsLeft",
                        String.join(", ", conflict.details()));
            }
        }
        return null;
    }

    /** Shown to the authority for an active guardian. */
    public boolean isOffered() {
        return guardian != null;
    }

    public List<GuardianshipRecord> getWards() {
        return wards;
    }

    public Map<Long, GuardianOption> getNewGuardians() {
        return newGuardians;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }
}
