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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The authority's appointment dialog on a child's file: ranked suggestions to pick from (or any guardian of the
 * registry), the decision's particulars, and, when the rules refuse the guardian, their reasons and a justification
 * to override them.
 */
@Named
@ViewScoped
public class AppointmentView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "appointForm";

    private static final Map<String, String> INPUTS = Map.of("guardianId", "guardian", "kind", "kind",
            "decisionReference", "decisionReference", "appointedOn", "appointedOn",
            "childInformedOn", "childInformedOn", "overrideJustification", "overrideJustification");

    private static final Map<String, String> LABELS = Map.of("guardianId", "appointment.guardian",
            "kind", "appointment.kind", "decisionReference", "appointment.decisionReference",
            "appointedOn", "appointment.appointedOn", "childInformedOn", "appointment.childInformedOn",
            "overrideJustification", "appointment.justification", "identifiedOn", "child.identifiedOn");

    @Inject
    Appointments appointments;

    @Inject
    GuardianRegistry guardians;

    private long childId;
    private List<SuggestionRecord> suggestions = List.of();
    private Long guardianId;
    private GuardianOption otherGuardian;
    private String kind = GuardianshipKind.FULL.name();
    private String decisionReference;
    private LocalDate appointedOn;
    private LocalDate childInformedOn;
    private String overrideJustification;
    private List<String> ineligibility = List.of();

    /** Opens the dialog for a child: fresh suggestions and an empty decision. */
    public void open(long child) {
        childId = child;
        guardianId = null;
        otherGuardian = null;
        kind = GuardianshipKind.FULL.name();
        decisionReference = null;
        appointedOn = LocalDate.now(ZoneOffset.UTC);
        childInformedOn = null;
        overrideJustification = null;
        ineligibility = List.of();
        try {
            suggestions = appointments.suggestions(child, 10);
        } catch (NotFound notFound) {
            FormMessages.notFound();
        }
    }

    /** Picks the suggestion named by the request parameter {@code guardianId} (from the suggestion's button). */
    public void chooseFromRequest() {
        String parameter = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("guardianId");
        FormMessages.id(parameter).filter(id -> suggestions.stream().anyMatch(s -> s.guardianId() == id))
                .ifPresent(this::choose);
    }

    public void choose(long guardian) {
        guardianId = guardian;
        ineligibility = List.of();
    }

    public String appoint() {
        FormAction appointing = FormAction.of(FORM, INPUTS, LABELS).messagesInForm();
        try {
            return appointing.call(() -> {
                GuardianshipRecord record = appointments.appoint(childId, new AppointmentInput(guardianId, kind,
                        decisionReference, iso(appointedOn), iso(childInformedOn),
                        ineligibility.isEmpty() ? null : overrideJustification));
                FormMessages.addForNextPage("appointment.done", record.guardianName());
                return "/children/file.xhtml?faces-redirect=true&tab=guardianship&id=" + childId;
            }).orElse(null);
        } catch (Conflict conflict) {
            if ("guardianship.ineligible".equals(conflict.messageKey())) {
                ineligibility = conflict.details();
                FormMessages.add(FORM, FacesMessage.SEVERITY_WARN, "appointment.ineligible");
            } else {
                FormMessages.add(FORM, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
            }
        }
        return null;
    }

    /** Guardians of the whole registry whose name starts with what the authority typed. */
    public List<GuardianOption> completeGuardian(String typed) {
        return GuardianOption.startingWith(guardians, typed, Optional.empty());
    }

    /** A guardian picked from the whole registry instead of the suggestions. */
    public void otherChosen() {
        if (otherGuardian != null) {
            choose(otherGuardian.id());
        }
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    public String getChosenName() {
        if (guardianId == null) {
            return null;
        }
        return suggestions.stream().filter(s -> s.guardianId() == guardianId).map(SuggestionRecord::name).findFirst()
                .orElseGet(() -> Optional.ofNullable(otherGuardian).filter(g -> g.id() == guardianId)
                        .map(GuardianOption::label).orElse(String.valueOf(guardianId)));
    }

    public boolean isOverrideNeeded() {
        return !ineligibility.isEmpty();
    }

    public List<SuggestionRecord> getSuggestions() {
        return suggestions;
    }

    public List<String> getIneligibility() {
        return ineligibility;
    }

    public List<String> getKinds() {
        return List.of(GuardianshipKind.FULL.name(), GuardianshipKind.INTERIM.name());
    }

    public Long getGuardianId() {
        return guardianId;
    }

    public GuardianOption getOtherGuardian() {
        return otherGuardian;
    }

    public void setOtherGuardian(GuardianOption otherGuardian) {
        this.otherGuardian = otherGuardian;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
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
