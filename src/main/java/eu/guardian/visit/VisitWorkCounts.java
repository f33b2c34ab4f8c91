package eu.guardian.visit;

import eu.guardian.platform.web.WorkCount;
import eu.guardian.platform.web.WorkCounts;
import eu.guardian.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** On the landing pages: urgent concerns and overdue contacts (staff); a guardian's own wards' contacts. */
@ApplicationScoped
public class VisitWorkCounts implements WorkCounts {

    private static final String MY_CHILDREN = "/guardian/my-children.xhtml";

    @Inject
    ContactOversight contacts;

    @Inject
    Concerns concerns;

    @Inject
    MyWards myWards;

    @Override
    public List<WorkCount> countsFor(Set<Role> roles) {
        List<WorkCount> counts = new ArrayList<>();
        if (roles.contains(Role.CASEWORKER)) {
            counts.add(WorkCount.urgent(Role.CASEWORKER, "ux.work.concernsToAcknowledge",
                    concerns.countUnacknowledgedUrgent(), "/visits/concerns.xhtml", 10));
            counts.add(WorkCount.urgent(Role.CASEWORKER, "ux.work.contactsOverdue", contacts.countOverdue(),
                    "/visits/overdue.xhtml", 40));
        }
        if (roles.contains(Role.AUTHORITY)) {
            counts.add(WorkCount.urgent(Role.AUTHORITY, "ux.work.contactsOverdue", contacts.countOverdue(),
                    "/visits/overdue.xhtml", 40));
        }
        if (roles.contains(Role.GUARDIAN)) {
            List<WardLine> wards = myWards.lines();
            counts.add(WorkCount.urgent(Role.GUARDIAN, "ux.work.wardsOverdue",
                    wards.stream().filter(WardLine::overdue).count(), MY_CHILDREN, 10));
            counts.add(WorkCount.urgent(Role.GUARDIAN, "ux.work.openFollowUps",
                    wards.stream().mapToLong(WardLine::openFollowUps).sum(), MY_CHILDREN, 20));
            counts.add(WorkCount.info(Role.GUARDIAN, "ux.work.wards", wards.size(), MY_CHILDREN, 30));
        }
        return counts;
    }
}
