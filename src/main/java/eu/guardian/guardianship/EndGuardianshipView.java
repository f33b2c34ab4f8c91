package eu.guardian.guardianship;

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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

/** The authority's "end guardianship" dialog on a child's file: the current guardianship ends, with its reason. */
@Named
@ViewScoped
public class EndGuardianshipView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "endForm";

    /** Ends the authority chooses; the others are set by appointments and the nightly coming-of-age run. */
    private static final EnumSet<EndReason> CHOSEN_ENDS = EnumSet.complementOf(
            EnumSet.of(EndReason.REPLACED_BY_GUARDIAN, EndReason.GUARDIAN_CHANGED));

    private static final Map<String, String> INPUTS = Map.of("endReason", "endReason", "endedOn", "endedOn",
            "note", "endNote");
    private static final Map<String, String> LABELS = Map.of("endReason", "appointment.endReason",
            "endedOn", "appointment.endedOn", "note", "end.note", "appointedOn", "appointment.appointedOn");

    @Inject
    Appointments appointments;

    @Inject
    GuardianshipTabView tab;

    @Inject
    Clock clock;

    private String endReason;
    private LocalDate endedOn;
    private String endNote;

    public void open() {
        endReason = null;
        endedOn = LocalDate.now(clock);
        endNote = null;
    }

    public String end() {
        GuardianshipRecord current = tab.getCurrentGuardianship();
        long childId = tab.childId();
        if (current == null) {
            FormMessages.add(FORM, FacesMessage.SEVERITY_ERROR, "validation.alreadyEnded");
            return null;
        }
        FormAction ending = FormAction.of(FORM, INPUTS, LABELS).messagesInForm();
        try {
            return ending.call(() -> {
                GuardianshipRecord ended = appointments.discharge(current.id(), endReason,
                        AppointmentForm.iso(endedOn), endNote);
                FormMessages.addForNextPage("end.done", ended.guardianName());
                return "/children/file.xhtml?faces-redirect=true&tab=guardianship&id=" + childId;
            }).orElse(null);
        } catch (Conflict conflict) {
            FormMessages.add(FORM, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        } catch (NotFound notFound) {
            FormMessages.add(FORM, FacesMessage.SEVERITY_ERROR, "error.notFound");
        }
        return null;
    }

    public List<String> getEndReasons() {
        return Arrays.stream(EndReason.values()).filter(CHOSEN_ENDS::contains).map(Enum::name).toList();
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
