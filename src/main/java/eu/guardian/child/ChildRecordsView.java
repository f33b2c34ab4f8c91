package eu.guardian.child;

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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * The small forms of a child's file (dialogs): an age assessment, a legal status, a new placement. The service decides
 * who may; the page offers each form only to the roles the service lets through. After a success the file is read
 * again and its tables are redrawn in place, so the user stays on the tab they were on.
 */
@Named
@ViewScoped
public class ChildRecordsView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String AGE_FORM = "ageForm";
    static final String STATUS_FORM = "statusForm";
    static final String PLACEMENT_FORM = "placementForm";

    private static final Map<String, String> AGE_INPUTS = Map.of("method", "ageMethod", "assessedOn", "assessedOn",
            "minimumAge", "minimumAge", "maximumAge", "maximumAge", "notes", "ageNotes");
    private static final Map<String, String> AGE_LABELS = Map.of("method", "age.method", "assessedOn",
            "age.assessedOn", "minimumAge", "age.minimum", "maximumAge", "age.maximum", "notes", "age.notes");
    private static final Map<String, String> STATUS_INPUTS = Map.of("legalStatuses.kind", "statusKind",
            "legalStatuses.validFrom", "statusFrom", "legalStatuses.validTo", "statusTo");
    private static final Map<String, String> STATUS_LABELS = Map.of("legalStatuses.kind", "child.legalStatus",
            "legalStatuses.validFrom", "child.validFrom", "legalStatuses.validTo", "child.validTo");
    private static final Map<String, String> PLACEMENT_INPUTS = Map.of("placementKind", "placementKind",
            "centreId", "placementCentre", "place", "placementPlace", "startedOn", "placementFrom");
    private static final Map<String, String> PLACEMENT_LABELS = Map.of("placementKind", "child.placementKind",
            "centreId", "child.centre", "place", "child.place", "startedOn", "placement.from",
            "placement.startedOn", "child.startedOn");

    @Inject
    ChildRegistry registry;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    private String ageMethod;
    private LocalDate assessedOn;
    private Integer minimumAge;
    private Integer maximumAge;
    private String ageNotes;

    private String statusKind;
    private LocalDate statusFrom;
    private LocalDate statusTo;

    private String placementKind;
    private Long placementCentreId;
    private String placementPlace;
    private LocalDate placementFrom;
    private List<ChildRegistrationView.CentreOption> centres;

    /** Age assessments and legal statuses: whoever may change the file (reception only at their own centre). */
    public boolean isMayRecord() {
        return fileView.isLoaded() && fileView.getFile().mayChange();
    }

    /** Placements: caseworkers and the authority. */
    public boolean isMayPlace() {
        return isMayRecord() && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    public void openAgeAssessment() {
        ageMethod = null;
        assessedOn = today();
        minimumAge = null;
        maximumAge = null;
        ageNotes = null;
    }

    public void openLegalStatus() {
        statusKind = null;
        statusFrom = today();
        statusTo = null;
    }

    public void openPlacement() {
        placementKind = null;
        placementCentreId = null;
        placementPlace = null;
        placementFrom = today();
        if (centres == null) {
            centres = registry.centres().stream()
                    .map(c -> new ChildRegistrationView.CentreOption(c.getId(), c.getName(), c.getRegion())).toList();
        }
    }

    /** A chosen centre suggests itself as the place, unless one was typed already. */
    public void placementCentreChanged() {
        if (placementCentreId != null && (placementPlace == null || placementPlace.isBlank()) && centres != null) {
            centres.stream().filter(c -> c.getId().equals(placementCentreId)).findFirst()
                    .ifPresent(c -> placementPlace = c.getName());
        }
    }

    public void recordAgeAssessment() {
        run(AGE_FORM, AGE_INPUTS, AGE_LABELS, "ageDialog", "records.ageRecorded", List.of(":tabs:ages",
                ":tabs:identityFacts"), () -> registry.recordAgeAssessment(childId(), ageMethod, ChildForm.iso(assessedOn),
                        minimumAge, maximumAge, ageNotes));
    }

    public void addLegalStatus() {
        run(STATUS_FORM, STATUS_INPUTS, STATUS_LABELS, "statusDialog", "records.statusAdded", List.of(":tabs:statuses"),
                () -> registry.addLegalStatus(childId(), new ChildInput.StatusInput(statusKind,
                        ChildForm.iso(statusFrom), ChildForm.iso(statusTo))));
    }

    public void place() {
        run(PLACEMENT_FORM, PLACEMENT_INPUTS, PLACEMENT_LABELS, "placementDialog", "records.placed",
                List.of(":tabs:placements"), () -> registry.place(childId(), placementKind, placementCentreId,
                        placementPlace, ChildForm.iso(placementFrom)));
    }

    private void run(String form, Map<String, String> inputs, Map<String, String> labels, String dialog,
            String doneKey, List<String> redraw, Runnable change) {
        try {
            FormAction.of(form, inputs, labels).messagesInForm().notFoundAsErrorPage().run(() -> {
                change.run();
                fileView.load();
                FormMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
                PrimeFaces.current().ajax().update(redraw);
                PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            });
        } catch (Conflict conflict) {
            FormMessages.add(form, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
    }

    private long childId() {
        return fileView.getFile().id();
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneOffset.UTC);
    }

    public List<String> getAgeMethods() {
        return ChildForm.names(AgeAssessmentMethod.values());
    }

    public List<String> getStatusKinds() {
        return ChildForm.names(LegalStatusKind.values());
    }

    public List<String> getPlacementKinds() {
        return ChildForm.names(PlacementKind.values());
    }

    public List<ChildRegistrationView.CentreOption> getCentres() {
        return centres == null ? List.of() : centres;
    }

    // Form fields

    public String getAgeMethod() {
        return ageMethod;
    }

    public void setAgeMethod(String ageMethod) {
        this.ageMethod = ageMethod;
    }

    public LocalDate getAssessedOn() {
        return assessedOn;
    }

    public void setAssessedOn(LocalDate assessedOn) {
        this.assessedOn = assessedOn;
    }

    public Integer getMinimumAge() {
        return minimumAge;
    }

    public void setMinimumAge(Integer minimumAge) {
        this.minimumAge = minimumAge;
    }

    public Integer getMaximumAge() {
        return maximumAge;
    }

    public void setMaximumAge(Integer maximumAge) {
        this.maximumAge = maximumAge;
    }

    public String getAgeNotes() {
        return ageNotes;
    }

    public void setAgeNotes(String ageNotes) {
        this.ageNotes = ageNotes;
    }

    public String getStatusKind() {
        return statusKind;
    }

    public void setStatusKind(String statusKind) {
        this.statusKind = statusKind;
    }

    public LocalDate getStatusFrom() {
        return statusFrom;
    }

    public void setStatusFrom(LocalDate statusFrom) {
        this.statusFrom = statusFrom;
    }

    public LocalDate getStatusTo() {
        return statusTo;
    }

    public void setStatusTo(LocalDate statusTo) {
        this.statusTo = statusTo;
    }

    public String getPlacementKind() {
        return placementKind;
    }

    public void setPlacementKind(String placementKind) {
        this.placementKind = placementKind;
    }

    public Long getPlacementCentreId() {
        return placementCentreId;
    }

    public void setPlacementCentreId(Long placementCentreId) {
        this.placementCentreId = placementCentreId;
    }

    public String getPlacementPlace() {
        return placementPlace;
    }

    public void setPlacementPlace(String placementPlace) {
        this.placementPlace = placementPlace;
    }

    public LocalDate getPlacementFrom() {
        return placementFrom;
    }

    public void setPlacementFrom(LocalDate placementFrom) {
        this.placementFrom = placementFrom;
    }
}
