package eu.guardian.careplan;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.primefaces.PrimeFaces;

/**
 * The care-plan tab of a child's file: the items with their overdue flags, and one dialog to plan or change an item.
 * Caseworkers and the authority change every field; the child's guardian only status and outcome (the service
 * decides; the page only disables what the guardian may not change).
 */
@Named
@ViewScoped
public class CarePlanTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:carePlanForm";
    private static final Map<String, String> INPUTS = Map.of("type", "itemType", "agency", "itemAgency",
            "responsiblePerson", "itemPerson", "dueOn", "itemDueOn", "status", "itemStatus", "outcome", "itemOutcome");
    private static final Map<String, String> LABELS = Map.of("type", "careplan.type", "agency", "careplan.agency",
            "responsiblePerson", "careplan.responsiblePerson", "dueOn", "careplan.dueOn", "status", "careplan.status",
            "outcome", "careplan.outcome", "child.identifiedOn", "child.identifiedOn");

    @Inject
    CarePlan carePlan;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    private List<CarePlanItemRecord> items;
    private Long itemId;
    private long itemVersion;
    private String type;
    private String agency;
    private String responsiblePerson;
    private LocalDate dueOn;
    private String status;
    private String outcome;
    private LocalDate defaultDueOn;

    /** Reads the items once per view (the file's view action has loaded the file by then), and after a change. */
    @PostConstruct
    void reload() {
        items = fileView.isLoaded() ? carePlan.items(fileView.getFile().id()) : List.of();
    }

    public List<CarePlanItemRecord> getItems() {
        return items;
    }

    public long getOverdueCount() {
        return items.stream().filter(CarePlanItemRecord::overdue).count();
    }

    /** Caseworkers and the authority plan items of an open case. */
    public boolean isMayPlan() {
        return open() && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    /** The child's guardian (the file is visible to a guardian only for a current ward) records progress. */
    public boolean isMayProgress() {
        return open() && (isMayPlan() || currentUser.has(Role.GUARDIAN));
    }

    private boolean open() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN;
    }

    public void openNew() {
        itemId = null;
        itemVersion = 0;
        type = null;
        agency = null;
        responsiblePerson = null;
        dueOn = null;
        status = CarePlanStatus.PLANNED.name();
        outcome = null;
        defaultDueOn = null;
    }

    public void openEdit(CarePlanItemRecord item) {
        itemId = item.id();
        itemVersion = item.version();
        type = item.type().name();
        agency = item.agency();
        responsiblePerson = item.responsiblePerson();
        dueOn = item.dueOn();
        status = item.status().name();
        outcome = item.outcome();
        defaultDueOn = null;
    }

    /** A chosen type shows its legal default due date (school: 3 months, special needs: 30 days). */
    public void typeChanged() {
        defaultDueOn = Optional.ofNullable(type).filter(t -> !t.isBlank()).flatMap(t -> carePlan.defaultDueOn(
                fileView.getFile().id(), CarePlanItemType.valueOf(t))).orElse(null);
    }

    public void save() {
        long childId = fileView.getFile().id();
        String due = dueOn == null ? null : dueOn.toString();
        FormAction saving = FormAction.of(FORM, INPUTS, LABELS).messagesInForm().notFoundAsErrorPage()
                .onConcurrentChange(this::reload);
        saving.run(() -> {
            if (itemId == null) {
                carePlan.add(childId, new CarePlanItemInput(type, agency, responsiblePerson, due, null, null, null));
            } else if (isMayPlan()) {
                carePlan.update(childId, itemId, new CarePlanItemInput(type, agency, responsiblePerson, due, status,
                        outcome, itemVersion));
            } else {
                carePlan.update(childId, itemId, new CarePlanItemInput(null, null, null, null, status, outcome,
                        itemVersion));
            }
            reload();
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "careplan.saved");
            PrimeFaces.current().ajax().update(":tabs:carePlanList", ":tabs:carePlanSummary");
            PrimeFaces.current().executeScript("PF('carePlanDialog').hide()");
        });
    }

    public List<String> getTypes() {
        return Arrays.stream(CarePlanItemType.values()).map(Enum::name).toList();
    }

    /** The statuses the user may choose: a guardian does not cancel. */
    public List<String> getStatuses() {
        return Arrays.stream(CarePlanStatus.values())
                .filter(s -> isMayPlan() || s != CarePlanStatus.CANCELLED).map(Enum::name).toList();
    }

    public boolean isEditing() {
        return itemId != null;
    }

    /** Planned fields are read-only for a guardian. */
    public boolean isPlanFieldsLocked() {
        return !isMayPlan();
    }

    public LocalDate getDefaultDueOn() {
        return defaultDueOn;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getAgency() {
        return agency;
    }

    public void setAgency(String agency) {
        this.agency = agency;
    }

    public String getResponsiblePerson() {
        return responsiblePerson;
    }

    public void setResponsiblePerson(String responsiblePerson) {
        this.responsiblePerson = responsiblePerson;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public void setDueOn(LocalDate dueOn) {
        this.dueOn = dueOn;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public String getOutcome() {
        return outcome;
    }

    public void setOutcome(String outcome) {
        this.outcome = outcome;
    }
}
