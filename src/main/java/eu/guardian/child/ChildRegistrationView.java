package eu.guardian.child;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
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
import java.util.List;
import java.util.Map;

/**
 * The registration form of a newly arrived child. The service checks everything; its broken rules are shown at the
 * inputs, possible duplicates are listed for the user to check, and "register anyway" confirms it is another child.
 */
@Named
@ViewScoped
public class ChildRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "registration";

    /** Service field name → input id in the form: the identity's (shared with the correction form) and these. */
    private static final Map<String, String> INPUTS = with(ChildForm.INPUTS, Map.of(
            "placementKind", "placementKind", "centreId", "centre", "place", "place",
            "legalStatuses.kind", "statusKind", "legalStatuses.validFrom", "statusFrom",
            "legalStatuses.validTo", "statusTo"));

    /** Service field name → bundle key of its label. */
    static final Map<String, String> LABELS = with(ChildForm.LABELS, Map.of(
            "placementKind", "child.placementKind", "centreId", "child.centre", "place", "child.place",
            "legalStatuses.kind", "child.legalStatus", "legalStatuses.validFrom", "child.validFrom",
            "legalStatuses.validTo", "child.validTo", "placement.startedOn", "child.startedOn"));

    @Inject
    ChildRegistry registry;

    @Inject
    ChildAccess access;

    @Inject
    CurrentUser currentUser;

    private final ChildForm child = new ChildForm();
    private String placementKind = PlacementKind.RECEPTION_CENTRE.name();
    private Long centreId;
    private String place;
    private String statusKind;
    private LocalDate statusFrom;
    private LocalDate statusTo;

    private List<CentreOption> centres;
    private List<String> duplicates = List.of();
    private boolean ownCentreOnly;

    /** A centre as a choice (a JavaBean for EL). */
    public static final class CentreOption implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final String name;
        private final String region;

        CentreOption(Long id, String name, String region) {
            this.id = id;
            this.name = name;
            this.region = region;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getRegion() {
            return region;
        }
    }

    @PostConstruct
    void init() {
        centres = registry.centres().stream().map(c -> new CentreOption(c.getId(), c.getName(), c.getRegion()))
                .toList();
        if (currentUser.has(Role.RECEPTION) && !currentUser.has(Role.CASEWORKER)) {
            access.receptionCentre().ifPresent(own -> {
                centreId = own;
                ownCentreOnly = true;
                centreChanged();
            });
        }
    }

    /** A chosen centre suggests its region, unless one was typed already. */
    public void centreChanged() {
        if (child.getRegion() == null || child.getRegion().isBlank()) {
            centres.stream().filter(c -> c.getId().equals(centreId)).findFirst()
                    .ifPresent(c -> child.setRegion(c.getRegion()));
        }
        if (centreId != null && (place == null || place.isBlank())) {
            centres.stream().filter(c -> c.getId().equals(centreId)).findFirst().ifPresent(c -> place = c.getName());
        }
    }

    public String register() {
        return submit(false);
    }

    public String registerAnyway() {
        return submit(true);
    }

    private String submit(boolean duplicatesAcknowledged) {
        try {
            Child registered = registry.register(input(), duplicatesAcknowledged);
            duplicates = List.of();
            FormMessages.addForNextPage("child.registered", registered.getCaseNumber());
            return "/children/file.xhtml?faces-redirect=true&id=" + registered.getId();
        } catch (InvalidInput invalid) {
            duplicates = List.of();
            FormMessages.show(invalid, FORM, INPUTS, LABELS, null);
        } catch (Conflict conflict) {
            if ("child.duplicates".equals(conflict.messageKey())) {
                duplicates = conflict.details();
                FormMessages.add(null, FacesMessage.SEVERITY_WARN, "child.duplicates");
            } else {
                FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
            }
        }
        return null;
    }

    ChildInput input() {
        List<ChildInput.StatusInput> statuses = statusKind == null || statusKind.isBlank() ? List.of()
                : List.of(new ChildInput.StatusInput(statusKind, ChildForm.iso(statusFrom), ChildForm.iso(statusTo)));
        return child.input(placementKind, centreId, place, statuses);
    }

    private static Map<String, String> with(Map<String, String> shared, Map<String, String> own) {
        Map<String, String> all = new java.util.HashMap<>(shared);
        all.putAll(own);
        return Map.copyOf(all);
    }

    /** The child's identity (shared with the correction form). */
    public ChildForm getChild() {
        return child;
    }

    public List<String> getPlacementKinds() {
        return ChildForm.names(PlacementKind.values());
    }

    public List<String> getStatusKinds() {
        return ChildForm.names(LegalStatusKind.values());
    }

    public List<CentreOption> getCentres() {
        return centres;
    }

    public List<String> getDuplicates() {
        return duplicates;
    }

    /** Reception staff register children at their own centre only. */
    public boolean isOwnCentreOnly() {
        return ownCentreOnly;
    }

    // Form fields

    public String getPlacementKind() {
        return placementKind;
    }

    public void setPlacementKind(String placementKind) {
        this.placementKind = placementKind;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
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
}
