package eu.guardian.audit;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.web.WorkCount;
import eu.guardian.platform.web.WorkCounts;
import eu.guardian.security.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * On the auditor's landing page: accesses refused in the last seven days; the chain's verification status, as the
 * hours since the newest checkpoint whose signature verifies (checkpoints are signed only over a chain that verifies)
 * and the entries written since, both needing action once the checkpoint is overdue; the auditor's own PDF exports
 * waiting (docs/audit-integrity.md).
 */
@ApplicationScoped
public class AuditWorkCounts implements WorkCounts {

    static final Duration RECENT = Duration.ofDays(7);
    private static final String TRAIL = "/auditor/trail.xhtml";

    @Inject
    AuditConsole console;

    @Inject
    AuditPdfExports exports;

    @Inject
    Clock clock;

    @Override
    public List<WorkCount> countsFor(Set<Role> roles) {
        if (!roles.contains(Role.AUDITOR)) {
            return List.of();
        }
        AuditConsole.Filter refusals = new AuditConsole.Filter(Optional.empty(), Optional.empty(),
                Optional.of(AuditAction.DENIED), Optional.of(clock.instant().minus(RECENT)), Optional.empty());
        List<WorkCount> counts = new ArrayList<>();
        counts.add(WorkCount.urgent(Role.AUDITOR, "ux.work.recentRefusals",
                console.countUpTo(refusals, Page.COUNT_LIMIT), TRAIL + "?action=DENIED", 10));
        AuditConsole.CheckpointStatus checkpoint = console.checkpointStatus();
        if (checkpoint.lastSignedAt() != null) {
            counts.add(new WorkCount(Role.AUDITOR, "ux.work.checkpointAgeHours",
                    Duration.between(checkpoint.lastSignedAt(), clock.instant()).toHours(), TRAIL,
                    checkpoint.overdue(), 20));
        }
        long after = checkpoint.lastEntryId() == null ? 0 : checkpoint.lastEntryId();
        counts.add(new WorkCount(Role.AUDITOR, "ux.work.entriesSinceCheckpoint",
                console.entriesAfter(after, Page.COUNT_LIMIT), TRAIL, checkpoint.overdue(), 25));
        counts.add(WorkCount.info(Role.AUDITOR, "ux.work.exportsWaiting", exports.waiting().size(),
                TRAIL + "?export=waiting", 30));
        return counts;
    }
}
