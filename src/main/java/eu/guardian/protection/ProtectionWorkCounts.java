package eu.guardian.protection;

import eu.guardian.platform.web.WorkCount;
import eu.guardian.platform.web.WorkCounts;
import eu.guardian.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** On the landing pages: children not yet screened, children missing now, disclosures awaiting approval. */
@ApplicationScoped
public class ProtectionWorkCounts implements WorkCounts {

    private static final String NOT_SCREENED = "/protection/not-screened.xhtml";
    private static final String MISSING = "/protection/missing.xhtml";

    @Inject
    Screenings screenings;

    @Inject
    MissingChildren missing;

    @Inject
    DisclosureApprovals approvals;

    @Override
    public List<WorkCount> countsFor(Set<Role> roles) {
        List<WorkCount> counts = new ArrayList<>();
        for (Role role : List.of(Role.RECEPTION, Role.CASEWORKER, Role.GUARDIAN)) {
            if (roles.contains(role)) {
                counts.add(WorkCount.urgent(role, "ux.work.notScreened", screenings.notYetScreenedCount(),
                        NOT_SCREENED, 20));
            }
        }
        for (Role role : List.of(Role.CASEWORKER, Role.GUARDIAN, Role.AUTHORITY)) {
            if (roles.contains(role)) {
                counts.add(WorkCount.urgent(role, "ux.work.missingNow", missing.openMissingCount(), MISSING, 5));
            }
        }
        if (roles.contains(Role.AUTHORITY)) {
            counts.add(WorkCount.urgent(Role.AUTHORITY, "ux.work.disclosuresPending", approvals.pendingCount(),
                    "/authority/disclosure-approvals.xhtml", 30));
        }
        return counts;
    }
}
