package eu.guardian.platform.web;

import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A role's landing page as a work queue: the counts of what waits for the role, each linking to its list, the
 * counts that need action first. Computed once per request, only for the landing page's own role.
 */
@Named
@RequestScoped
public class LandingView {

    @Inject
    CurrentUser currentUser;

    @Inject
    Instance<WorkCounts> contributions;

    private final Map<String, List<WorkCount>> computed = new HashMap<>();

    /** The counts of the role whose landing page this is (by its id, e.g. {@code caseworker}), if the user has it. */
    public List<WorkCount> countsOf(String roleId) {
        return computed.computeIfAbsent(roleId, this::compute);
    }

    private List<WorkCount> compute(String roleId) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        currentUser.getRoles().stream().filter(r -> r.id().equals(roleId)).forEach(roles::add);
        if (roles.isEmpty()) {
            return List.of();
        }
        List<WorkCount> counts = new ArrayList<>();
        for (WorkCounts contribution : contributions) {
            contribution.countsFor(roles).stream().filter(c -> roles.contains(c.role())).forEach(counts::add);
        }
        counts.sort(Comparator.comparing((WorkCount c) -> !c.needsAction()).thenComparingInt(WorkCount::order));
        return counts;
    }

    /** A count as the page shows it ("10,000+" beyond the cap). */
    public String shown(long count) {
        return Counts.shown(count, FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }
}
