package eu.guardian.guardianship;

import eu.guardian.platform.web.WorkCount;
import eu.guardian.platform.web.WorkCounts;
import eu.guardian.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** On the landing pages: children awaiting a guardian, and those past the legal deadline for one. */
@ApplicationScoped
public class GuardianshipWorkCounts implements WorkCounts {

    private static final String QUEUE = "/guardianship/queue.xhtml";

    @Inject
    Appointments appointments;

    @Override
    public List<WorkCount> countsFor(Set<Role> roles) {
        List<WorkCount> counts = new ArrayList<>();
        for (Role role : List.of(Role.AUTHORITY, Role.CASEWORKER)) {
            if (roles.contains(role)) {
                counts.add(WorkCount.urgent(role, "ux.work.pastGuardianDeadline",
                        appointments.countPastGuardianDeadline(), QUEUE, 8));
                counts.add(WorkCount.info(role, "ux.work.awaitingGuardian", appointments.countAwaitingGuardian(),
                        QUEUE, 9));
            }
        }
        return counts;
    }
}
