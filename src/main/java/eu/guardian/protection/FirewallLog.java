package eu.guardian.protection;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Records refused disclosures for the auditor, in a transaction of its own: the refusal rolls back the caller's work,
 * never this record.
 */
@Stateless
@PermitAll
public class FirewallLog {

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void refused(long childId, String what, Optional<DisclosurePurpose> purpose, String recipient,
            String rule) {
        audit.record(AuditAction.DENIED, "Disclosure", what, Optional.of(childId), Changes.none()
                .note("firewall", "immigration enforcement")
                .note("purpose", purpose.map(Enum::name).orElse("-"))
                .note("recipient", recipient == null ? "-" : recipient)
                .note("rule", rule));
    }
}
