package eu.guardian.assessment;

import eu.guardian.platform.web.WorkCount;
import eu.guardian.platform.web.WorkCounts;
import eu.guardian.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** On the landing pages: best-interests assessments to write (overdue reviews) and to decide. */
@ApplicationScoped
public class AssessmentWorkCounts implements WorkCounts {

    private static final String DUE = "/assessments/due.xhtml";

    @Inject
    ReviewSchedule reviews;

    @Override
    public List<WorkCount> countsFor(Set<Role> roles) {
        List<WorkCount> counts = new ArrayList<>();
        if (roles.contains(Role.CASEWORKER)) {
            counts.add(WorkCount.urgent(Role.CASEWORKER, "ux.work.assessmentsOverdue", reviews.countOverdueReviews(),
                    DUE, 30));
        }
        if (roles.contains(Role.AUTHORITY)) {
            counts.add(WorkCount.urgent(Role.AUTHORITY, "ux.work.assessmentsToDecide",
                    reviews.countAwaitingDecision(), DUE, 25));
        }
        return counts;
    }
}
