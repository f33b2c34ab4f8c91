package eu.guardian.guardianship;

import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authority's "change guardian" dialog on a child's file: only with a reason, and with a written justification
 * where the rules refuse the new guardian.
 */
@Named
@ViewScoped
public class ChangeGuardianView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "changeForm";

    private static final Map<String, String> INPUTS = Map.of("guardianId", "newGuardian",
            "decisionReference", "changeReference", "appointedOn", "changeOn", "childInformedOn", "changeInformedOn",
            "overrideJustification", "changeJustification", "reason", "changeReason");
    private static final Map<String, String> LABELS = AppointmentForm.labelsWith("reason", "change.reason");

    @Inject
    Appointments appointments;

    @Inject
    GuardianRegistry guardians;

    @Inject
    GuardianshipTabView tab;

    @Inject
    Clock clock;

    private GuardianOption newGuardian;
    private String reason;
    private final AppointmentForm form = new AppointmentForm();

    public void open() {
        newGuardian = null;
        reason = null;
        form.reset(LocalDate.now(clock));
    }

    /** Guardians of the whole registry whose name starts with what the authority typed, but the current one. */
    public List<GuardianOption> completeGuardian(String typed) {
        return GuardianOption.startingWith(guardians, typed,
                Optional.ofNullable(tab.getCurrentGuardianship()).map(GuardianshipRecord::guardianId));
    }

    /** A different guardian chosen: the rules are checked again on saving, a justification written anew. */
    public void guardianChosen() {
        form.clearRefusal();
        form.setOverrideJustification(null);
    }

    public String change() {
        long childId = tab.childId();
        FormAction changing = FormAction.of(FORM, INPUTS, LABELS).messagesInForm();
        try {
            return changing.call(() -> {
                GuardianshipRecord record = appointments.change(childId, form.input(
                        Optional.ofNullable(newGuardian).map(GuardianOption::id).orElse(null),
                        GuardianshipKind.FULL.name()), reason);
                FormMessages.addForNextPage("change.done", record.guardianName());
                return "/children/file.xhtml?faces-redirect=true&tab=guardianship&id=" + childId;
            }).orElse(null);
        } catch (Conflict conflict) {
            form.refused(conflict, FORM);
        } catch (NotFound notFound) {
            FormMessages.add(FORM, FacesMessage.SEVERITY_ERROR, "error.notFound");
        }
        return null;
    }

    /** The new appointment's particulars (shared with the appointment dialog). */
    public AppointmentForm getForm() {
        return form;
    }

    public GuardianOption getNewGuardian() {
        return newGuardian;
    }

    public void setNewGuardian(GuardianOption newGuardian) {
        this.newGuardian = newGuardian;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
