package eu.guardian.child;

import eu.guardian.platform.reference.ReferenceOptions;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

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

    @Inject
    ReferenceOptions referenceOptions;

    @Inject
    Clock clock;

    private ChildForm child;
    private final PlacementForm placement = new PlacementForm();
    private final LegalStatusForm status = new LegalStatusForm();

    private List<CentreOption> centres;
    private List<String> duplicates = List.of();
    private boolean ownCentreOnly;

    @PostConstruct
    void init() {
        child = ChildForm.identifiedOn(LocalDate.now(clock));
        placement.reset(PlacementKind.RECEPTION_CENTRE.name(), null);
        centres = registry.centres().stream().map(CentreOption::of).toList();
        if (currentUser.has(Role.RECEPTION) && !currentUser.has(Role.CASEWORKER)) {
            Set<Long> own = access.receptionCentres();
            centres = centres.stream().filter(centre -> own.contains(centre.getId())).toList();
            if (centres.size() == 1) {
                placement.setCentreId(centres.get(0).getId());
                ownCentreOnly = true;
                centreChanged();
            }
        }
    }

    /** A chosen centre decides the child's region, and suggests itself as the place unless one was typed. */
    public void centreChanged() {
        placement.centre(centres).ifPresent(c -> child.setRegion(c.getRegion()));
        placement.suggestPlace(centres);
    }

    /**
     * The regions to choose from: only the centre's when the child is placed at one, for the region is then the
     * centre's (docs/jurisdictions.md); else every region still offered.
     */
    public List<SelectItem> getRegionChoices() {
        List<SelectItem> offered = referenceOptions.getRegions();
        if (placement.getCentreId() == null) {
            return offered;
        }
        return offered.stream().filter(item -> item.getValue().equals(child.getRegion())).toList();
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
        return child.input(placement.getKind(), placement.getCentreId(), placement.getPlace(),
                status.inputIfChosen());
    }

    private static Map<String, String> with(Map<String, String> shared, Map<String, String> own) {
        Map<String, String> all = new HashMap<>(shared);
        all.putAll(own);
        return Map.copyOf(all);
    }

    /** The child's identity (shared with the correction form). */
    public ChildForm getChild() {
        return child;
    }

    /** The first placement (shared with the file's placement dialog). */
    public PlacementForm getPlacement() {
        return placement;
    }

    /** A first legal status, optional (shared with the file's legal-status dialog). */
    public LegalStatusForm getStatus() {
        return status;
    }

    public List<CentreOption> getCentres() {
        return centres;
    }

    public List<String> getDuplicates() {
        return duplicates;
    }

    /** Reception staff working at one centre register children there only. */
    public boolean isOwnCentreOnly() {
        return ownCentreOnly;
    }
}
