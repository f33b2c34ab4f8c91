package eu.guardian.guardianship;

import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
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

    private static final Map<String, String> LABELS = AppointmentForm.labelsWith("kind", "appointment.kind");

    @Inject
    Appointments appointments;

    @Inject
    GuardianRegistry guardians;

    @Inject
    Clock clock;

    private long childId;
    private List<SuggestionRecord> suggestions = List.of();
    private Long guardianId;
    private GuardianOption otherGuardian;
    private String kind = GuardianshipKind.FULL.name();
    private final AppointmentForm form = new AppointmentForm();

    /** Opens the dialog for a child: fresh suggestions and an empty decision. */
    public void open(long child) {
        childId = child;
        guardianId = null;
        otherGuardian = null;
        kind = GuardianshipKind.FULL.name();
        form.reset(LocalDate.now(clock));
        try {
            suggestions = appointments.suggestions(child, 10);
        } catch (NotFound notFound) {
            FormMessages.notFound();
        }
    }

    /** Picks a guardian: a suggestion, or one found in the registry. */
    public void choose(long guardian) {
        guardianId = guardian;
        form.clearRefusal();
    }

    public String appoint() {
        FormAction appointing = FormAction.of(FORM, INPUTS, LABELS).messagesInForm();
        try {
            return appointing.call(() -> {
                GuardianshipRecord record = appointments.appoint(childId, form.input(guardianId, kind));
                FormMessages.addForNextPage("appointment.done", record.guardianName());
                return "/children/file.xhtml?faces-redirect=true&tab=guardianship&id=" + childId;
            }).orElse(null);
        } catch (Conflict conflict) {
            form.refused(conflict, FORM);
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

    public String getChosenName() {
        if (guardianId == null) {
            return null;
        }
        return suggestions.stream().filter(s -> s.guardianId() == guardianId).map(SuggestionRecord::name).findFirst()
                .orElseGet(() -> Optional.ofNullable(otherGuardian).filter(g -> g.id() == guardianId)
                        .map(GuardianOption::label).orElse(String.valueOf(guardianId)));
    }

    /** The decision's particulars (shared with the change-guardian dialog). */
    public AppointmentForm getForm() {
        return form;
    }

    public List<SuggestionRecord> getSuggestions() {
        return suggestions;
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
}
