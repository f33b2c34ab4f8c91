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
import java.sql.Timestamp;
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

    @Inject
    Clock clock;

    /** Records what the caller did, in the caller's transaction (started here if there is none). */
    public void record(AuditAction action, String objectType, Object objectId, Optional<Long> childId,
            Changes details) {
        append(action, objectType, Optional.ofNullable(objectId).map(String::valueOf), childId, details.json(),
                Optional.empty());
    }

    /** Records a refused access in a transaction of its own: the refused request's own work was rolled back. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordDenied(String what, Optional<Long> childId) {
        append(AuditAction.DENIED, "Request", Optional.of(what), childId, Optional.empty(), Optional.empty());
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
        insert(entry);
        em.createNativeQuery("UPDATE audit_chain_head SET last_hash = ? WHERE id = 1")
                .setParameter(1, entry.getHash()).executeUpdate();
    }

    /**
     * Written now, while this transaction holds the head, so that ids follow the chain. A plain INSERT rather than
     * persist(): reading an IDENTITY id back through getGeneratedKeys leaves a statement open on the pooled connection
     * in Payara 6's EclipseLink (eclipse-ee4j/eclipselink#2366), one more per entry for the connection's lifetime,
     * and nothing here needs the new id.
     */
    private void insert(AuditEntry entry) {
        em.createNativeQuery("INSERT INTO audit_entry (occurred_at, username, roles, action, object_type, object_id,"
                        + " child_id, purpose, client_address, request_id, details, previous_hash, hash)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.from(entry.getOccurredAt())).setParameter(2, entry.getUsername())
                .setParameter(3, entry.getRoles()).setParameter(4, entry.getAction().name())
                .setParameter(5, entry.getObjectType()).setParameter(6, entry.getObjectId())
                .setParameter(7, entry.getChildId()).setParameter(8, entry.getPurpose())
                .setParameter(9, entry.getClientAddress()).setParameter(10, entry.getRequestId())
                .setParameter(11, entry.getDetails()).setParameter(12, entry.getPreviousHash())
                .setParameter(13, entry.getHash()).executeUpdate();
    }
}
