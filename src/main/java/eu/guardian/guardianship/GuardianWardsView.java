package eu.guardian.guardianship;

import eu.guardian.child.ChildFilter;
import eu.guardian.child.ChildRegistry;
import eu.guardian.child.ChildSummary;
import eu.guardian.guardian.GuardianSummary;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The current wards on a guardian's profile, each with the guardianship (kind, appointed on, first meeting due). */
@Named
@ViewScoped
public class GuardianWardsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildRegistry children;

    @Inject
    Appointments appointments;

    @Inject
    CurrentUser currentUser;

    private List<ChildSummary> wards = List.of();
    private final Map<Long, GuardianshipRecord> guardianships = new HashMap<>();

    /** View action after the profile's: the wards of the guardian shown (nothing when the profile was not found). */
    public void load(GuardianSummary guardian) {
        if (guardian == null) {
            return;
        }
        Optional<Long> guardianId = Optional.of(guardian.id());
        wards = children.list(new ChildFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), guardianId, Optional.empty()), 0, 200, "name").items();
        if (currentUser.has(Role.AUTHORITY) || currentUser.has(Role.AUDITOR) || currentUser.has(Role.CASEWORKER)) {
            appointments.activeOf(guardian.id()).forEach(g -> guardianships.putIfAbsent(g.childId(), g));
        }
    }

    /** The guardian's current wards (children with an open guardianship of theirs). */
    public List<ChildSummary> getWards() {
        return wards;
    }

    /** The guardian's active guardianship of a ward, when the user may read it (else null). */
    public GuardianshipRecord guardianshipOf(long childId) {
        return guardianships.get(childId);
    }
}
