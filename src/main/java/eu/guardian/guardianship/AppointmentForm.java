package eu.guardian.guardianship;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The particulars of an appointment decision, shared by the appointment dialog and the change-guardian dialog: the
 * decision's reference and dates, and, once the rules refused the guardian, their reasons and the justification that
 * overrides them.
 */
public class AppointmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field name → bundle key of its label (each dialog adds its own field, see {@link #labelsWith}). */
    private static final Map<String, String> LABELS = Map.of("guardianId", "appointment.guardian",
            "decisionReference", "appointment.decisionReference", "appointedOn", "appointment.appointedOn",
            "childInformedOn", "appointment.childInformedOn", "overrideJustification", "appointment.justification",
            "identifiedOn", "child.identifiedOn");

    private String decisionReference;
    private LocalDate appointedOn;
    private LocalDate childInformedOn;
    private String overrideJustification;
    private List<String> ineligibility = List.of();

    /** An empty decision, taken on the given day. */
    void reset(LocalDate today) {
        decisionReference = null;
        appointedOn = today;
        childInformedOn = null;
        overrideJustification = null;
        ineligibility = List.of();
    }

    /** Another guardian chosen: the rules are checked again on saving. */
    void clearRefusal() {
        ineligibility = List.of();
    }

    /** The decision for this guardian; the justification only once the rules refused the guardian. */
    AppointmentInput input(Long guardianId, String kind) {
        return new AppointmentInput(guardianId, kind, decisionReference, iso(appointedOn),
                iso(childInformedOn), ineligibility.isEmpty() ? null : overrideJustification);
    }

    /** Shows the service's refusal in the dialog: an ineligible guardian's reasons ask for a justification. */
    void refused(Conflict conflict, String form) {
        if ("guardianship.ineligible".equals(conflict.messageKey())) {
            ineligibility = conflict.details();
            FormMessages.add(form, FacesMessage.SEVERITY_WARN, "appointment.ineligible");
        } else {
            FormMessages.add(form, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
    }

    /** The labels of the decision's fields and of a dialog's own field. */
    static Map<String, String> labelsWith(String field, String labelKey) {
        Map<String, String> all = new HashMap<>(LABELS);
        all.put(field, labelKey);
        return Map.copyOf(all);
    }

    static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    public boolean isOverrideNeeded() {
        return !ineligibility.isEmpty();
    }

    public List<String> getIneligibility() {
        return ineligibility;
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

    public String getOverrideJustification() {
        return overrideJustification;
    }

    public void setOverrideJustification(String overrideJustification) {
        this.overrideJustification = overrideJustification;
    }
}
