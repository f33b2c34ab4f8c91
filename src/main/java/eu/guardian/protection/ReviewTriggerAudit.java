package eu.guardian.protection;

import eu.guardian.child.SignificantChange;
import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Puts every BIA review trigger into the audit trail (in the transaction that fired it), so that the auditor sees why
 * a review became due, whichever capability caused it.
 */
@ApplicationScoped
public class ReviewTriggerAudit {

    @Inject
    AuditTrail audit;

    void onTrigger(@Observes SignificantChange trigger) {
        audit.record(AuditAction.UPDATE, "ReviewTrigger", trigger.childId(), Optional.of(trigger.childId()),
                Changes.none().note("reviewDue", trigger.reason()));
    }
}
