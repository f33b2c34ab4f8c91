package eu.guardian.child;

import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The placement dialog of a child's file (a move): caseworkers and the authority. */
@Named
@ViewScoped
public class PlacementView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final FileRecordDialog DIALOG = new FileRecordDialog("placementForm", "placementDialog",
            Map.of("placementKind", "placementKind", "centreId", "placementCentre", "place", "placementPlace",
                    "startedOn", "placementFrom", "region", "placementRegion"),
            Map.of("placementKind", "child.placementKind", "centreId", "child.centre", "place", "child.place",
                    "startedOn", "placement.from", "placement.startedOn", "child.startedOn", "region",
                    "child.region"));

    @Inject
    ChildRegistry registry;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    private final PlacementForm placement = new PlacementForm();
    private List<CentreOption> centres;

    public boolean isMayPlace() {
        return fileView.isLoaded() && fileView.getFile().mayChange()
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    public void open() {
        placement.reset(null, LocalDate.now(clock));
        placement.setRegion(fileView.getFile().region()); // a move outside a centre stays in the region unless changed
        if (centres == null) {
            centres = registry.centres().stream().map(CentreOption::of).toList();
        }
    }

    /** A chosen centre suggests itself as the place, unless one was typed already. */
    public void centreChanged() {
        if (centres != null) {
            placement.suggestPlace(centres);
        }
    }

    public void place() {
        DIALOG.save(fileView, "records.placed", List.of(":tabs:placements"),
                () -> registry.place(fileView.getFile().id(), placement.getKind(), placement.getCentreId(),
                        placement.getPlace(), ChildForm.iso(placement.getStartedOn()),
                        placement.getCentreId() == null ? placement.getRegion() : null));
    }

    /** The region is the centre's when the child moves to one. */
    public boolean isRegionFromCentre() {
        return placement.getCentreId() != null;
    }

    /** The move typed (shared with the registration form's first placement). */
    public PlacementForm getPlacement() {
        return placement;
    }

    public List<CentreOption> getCentres() {
        return centres == null ? List.of() : centres;
    }
}
