package eu.guardian.guardianship;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authority's actions on the guardianship tab of a child's file: change the guardian (only with a reason, and
 * with a written justification where the rules refuse the new guardian), and end the current guardianship.
 */
@Named
@ViewScoped
public class GuardianshipActionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CHANGE_FORM = "changeForm";
    static final String END_FORM = "endForm";

    /** Ends the authority chooses; the others are set by appointments and the nightly coming-of-age run. */
    private static final EnumSet<EndReason> CHOSEN_ENDS = EnumSet.complementOf(
            EnumSet.of(EndReason.REPLACED_BY_GUARDIAN, EndReason.GUARDIAN_CHANGED));

    private static final Map<String, String> CHANGE_INPUTS = Map.of("guardianId", "newGuardian",
            "decisionReference", "changeReference", "appointedOn", "changeOn", "childInformedOn", "changeInformedOn",
            "overrideJustification", "changeJustification", "reason", "changeReason");
    private static final Map<String, String> CHANGE_LABELS = Map.of("guardianId", "appointment.guardian",
            "decisionReference", "appointment.decisionReference", "appointedOn", "appointment.appointedOn",
            "childInformedOn", "appointment.childInformedOn", "overrideJustification", "appointment.justification",
            "reason", "change.reason", "identifiedOn", "child.identifiedOn");
    private static final Map<String, String> END_INPUTS = Map.of("endReason", "endReason", "endedOn", "endedOn",
            "note", "endNote");
    private static final Map<String, String> END_LABELS = Map.of("endReason", "appointment.endReason",
            "endedOn", "appointment.endedOn", "note", "end.note", "appointedOn", "appointment.appointedOn");

    @Inject
    Appointments appointments;

    @Inject
    GuardianRegistry guardians;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    private GuardianOption newGuardian;
    private String decisionReference;
    private LocalDate appointedOn;
    private LocalDate childInformedOn;
    private String reason;
    private String overrideJustification;
    private List<String> ineligibility = List.of();

    private String endReason;
    private LocalDate endedOn;
    private String endNote;

    /** The guardian (full guardianship) whom a change would replace, if the authority may change it. */
    public boolean isMayChange() {
        return mayAct() && fileView.getHistory().stream()
                .anyMatch(g -> g.active() && g.kind() == GuardianshipKind.FULL);
    }

    /** Whether the authority may end the current guardianship (guardian or interim representative). */
    public boolean isMayEnd() {
        return mayAct() && fileView.getCurrentGuardianship() != null;
    }

    private boolean mayAct() {
        return fileView.isLoaded() && currentUser.has(Role.AUTHORITY) && fileView.getFile().status() == CaseStatus.OPEN;
    }

    public void openChange() {
        newGuardian = null;
        decisionReference = null;
        appointedOn = today();
        childInformedOn = null;
        reason = null;
        overrideJustification = null;
        ineligibility = List.of();
    }

    /** Guardians of the whole registry whose name starts with what the authority typed, but the current one. */
    public List<GuardianOption> completeGuardian(String typed) {
        return GuardianOption.startingWith(guardians, typed,
                Optional.ofNullable(fileView.getCurrentGuardianship()).map(GuardianshipRecord::guardianId));
    }

    public void openEnd() {
        endReason = null;
        endedOn = today();
        endNote = null;
    }

    /** A different guardian chosen: the rules are checked again on saving. */
    public void guardianChosen() {
        ineligibility = List.of();
        overrideJustification = null;
    }

    public String change() {
        long childId = fileView.getFile().id();
        FormAction changing = FormAction.of(CHANGE_FORM, CHANGE_INPUTS, CHANGE_LABELS).messagesInForm();
        try {
            return changing.call(() -> {
                GuardianshipRecord record = appointments.change(childId, new AppointmentInput(
                        Optional.ofNullable(newGuardian).map(GuardianOption::id).orElse(null),
                        GuardianshipKind.FULL.name(), decisionReference, iso(appointedOn), iso(childInformedOn),
                        ineligibility.isEmpty() ? null : overrideJustification), reason);
                FormMessages.addForNextPage("change.done", record.guardianName());
                return "/children/file.xhtml?faces-redirect=true&tab=guardianship&id=" + childId;
            }).orElse(null);
        } catch (Conflict conflict) {
            if ("guardianship.ineligible".equals(conflict.messageKey())) {
                ineligibility = conflict.details();
                FormMessages.add(CHANGE_FORM, FacesMessage.SEVERITY_WARN, "appointment.ineligible");
            } else {
                FormMessages.add(CHANGE_FORM, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
            }
        } catch (NotFound notFound) {
            FormMessages.add(CHANGE_FORM, FacesMessage.SEVERITY_ERROR, "error.notFound");
        }
        return null;
    }

    public String end() {
        GuardianshipRecord current = fileView.getCurrentGuardianship();
        long childId = fileView.getFile().id();
        if (current == null) {
            FormMessages.add(END_FORM, FacesMessage.SEVERITY_ERROR, "validation.alreadyEnded");
            return null;
        }
        FormAction ending = FormAction.of(END_FORM, END_INPUTS, END_LABELS).messagesInForm();
        try {
            return ending.call(() -> {
                GuardianshipRecord ended = appointments.discharge(current.id(), endReason, iso(endedOn), endNote);
                FormMessages.addForNextPage("end.done", ended.guardianName());
                return "/children/file.xhtml?faces-redirect=true&tab=guardianship&id=" + childId;
            }).orElse(null);
        } catch (Conflict conflict) {
            FormMessages.add(END_FORM, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        } catch (NotFound notFound) {
            FormMessages.add(END_FORM, FacesMessage.SEVERITY_ERROR, "error.notFound");
        }
        return null;
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public List<String> getEndReasons() {
        return Arrays.stream(EndReason.values()).filter(CHOSEN_ENDS::contains).map(Enum::name).toList();
    }

    public List<String> getIneligibility() {
        return ineligibility;
    }

    public boolean isOverrideNeeded() {
        return !ineligibility.isEmpty();
    }

    // Form fields

    public GuardianOption getNewGuardian() {
        return newGuardian;
    }

    public void setNewGuardian(GuardianOption newGuardian) {
        this.newGuardian = newGuardian;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public void setDecisionReference(String decisionReference) {
        this.decisionReference = decisionReference;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public void setAppointedOn(LocalDate appointedOn) {
        this.appointedOn = appointedOn;
    }

    public LocalDate getChildInformedOn() {
        return childInformedOn;
    }

    public void setChildInformedOn(LocalDate childInformedOn) {
        this.childInformedOn = childInformedOn;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getOverrideJustification() {
        return overrideJustification;
    }

    public void setOverrideJustification(String overrideJustification) {
        this.overrideJustification = overrideJustification;
    }

    public String getEndReason() {
        return endReason;
    }

    public void setEndReason(String endReason) {
        this.endReason = endReason;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public void setEndedOn(LocalDate endedOn) {
        this.endedOn = endedOn;
    }

    public String getEndNote() {
        return endNote;
    }

    public void setEndNote(String endNote) {
        this.endNote = endNote;
    }
}
