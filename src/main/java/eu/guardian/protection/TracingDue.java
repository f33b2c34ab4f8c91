package eu.guardian.protection;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * Family tracing of one child: due by {@code dueOn} unless requested or deferred by the best-interests assessment
 * (then {@code deferralReason} says why, and {@code deferredByAssessment} which assessment).
 */
public record TracingDue(long childId, String caseNumber, String childName, LocalDate identifiedOn, LocalDate dueOn,
        boolean requested, Long deferredByAssessment, String deferralReason, boolean overdue)
        implements Serializable {
}
