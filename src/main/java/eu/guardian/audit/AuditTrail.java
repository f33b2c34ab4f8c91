package eu.guardian.audit;

import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the audit trail. An entry is written in the transaction of what it records (no change without its entry);
 * appending locks the chain's head row, so that concurrent writers take turns and the chain never forks.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;

    private final Clock clock = Clock.systemUTC();

    /** Records what the caller did, in the caller's transaction (started here if there is none). */
    public void record(AuditAction action, String objectType, Object objectId, Optional<Long> childId,
            Changes details) {
        append(action, objectType, Optional.ofNullable(objectId).map(String::valueOf), childId, details.json(),
                Optional.empty());
    }

    /** Records a refused access in a transaction of its own: the refused request's own work was rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenied(String what) {
        append(AuditAction.DENIED, "Request", Optional.of(what), Optional.empty(), Optional.empty(), Optional.empty());
    }

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSession(AuditAction action) {
        append(action, "Session", Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private void append(AuditAction action, String objectType, Optional<String> objectId, Optional<Long> childId,
            Optional<String> details, Optional<String> purpose) {
        String previous = (String) em.createNativeQuery(
                "SELECT last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE").getSingleResult();
        String roles = currentUser.getRoles().stream().map(Role::id).collect(Collectors.joining(","));
        AuditEntry entry = new AuditEntry(clock.instant(), currentUser.username().orElse("anonymous"), roles, action,
                objectType, objectId, childId, purpose, origin.clientAddress(), origin.requestId(), details,
                previous);
        em.persist(entry);
        em.flush(); // the entry gets its id now, while this transaction holds the head: ids follow the chain
        em.createNativeQuery("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")
                .setParameter(1, entry.getHash()).executeUpdate();
    }
}
