package eu.guardian.audit;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.web.WorkCount;
import eu.guardian.platform.web.WorkCounts;
import eu.guardian.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** On the auditor's landing page: accesses refused in the last seven days. */
@ApplicationScoped
public class AuditWorkCounts implements WorkCounts {

    static final Duration RECENT = Duration.ofDays(7);

    @Inject
    AuditConsole console;

    @Inject
    Clock clock;

    @Override
    public List<WorkCount> countsFor(Set<Role> roles) {
        if (!roles.contains(Role.AUDITOR)) {
            return List.of();
        }
        AuditConsole.Filter refusals = new AuditConsole.Filter(Optional.empty(), Optional.empty(),
                Optional.of(AuditAction.DENIED), Optional.of(clock.instant().minus(RECENT)), Optional.empty());
        return List.of(WorkCount.urgent(Role.AUDITOR, "ux.work.recentRefusals",
                console.countUpTo(refusals, Page.COUNT_LIMIT), "/auditor/trail.xhtml?action=DENIED", 10));
    }
}
