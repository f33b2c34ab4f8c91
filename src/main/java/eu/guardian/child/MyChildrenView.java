package eu.guardian.child;

import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.guardianship.Appointments;
import eu.guardian.guardianship.GuardianshipRecord;
import eu.guardian.security.CurrentUser;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A guardian's current wards. The children list is scoped by the service (a guardian sees only their wards); the
 * appointment of each (since when, first meeting due) comes from the guardian's active guardianships.
 */
@Named
@ViewScoped
public class MyChildrenView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildRegistry registry;

    @Inject
    GuardianRegistry guardians;

    @Inject
    Appointments appointments;

    @Inject
    CurrentUser currentUser;

    private List<ChildSummary> wards = List.of();
    private Map<Long, GuardianshipRecord> guardianships = Map.of();

    @PostConstruct
    void init() {
        wards = registry.list(ChildFilter.none(), 0, 200, "name").items();
        guardianships = guardians.byUsername(currentUser.getName())
                .map(guardian -> appointments.activeOf(guardian.getId()).stream()
                        .collect(Collectors.toMap(GuardianshipRecord::childId, Function.identity(), (a, b) -> a)))
                .orElse(Map.of());
    }

    public List<ChildSummary> getWards() {
        return wards;
    }

    /** The guardian's active guardianship of this child, or null. */
    public GuardianshipRecord guardianshipOf(long childId) {
        return guardianships.get(childId);
    }
}
