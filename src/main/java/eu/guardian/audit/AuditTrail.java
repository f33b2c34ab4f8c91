package eu.guardian.audit;

import eu.guardian.platform.time.RealTime;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Writes the audit trail. An entry is written in the transaction of what it records (no change without its entry).
 * Appending locks a row in the database that carries nothing ({@code audit_append_lock}), so that concurrent writers,
 * on any number of servers, take turns and the chain never forks; the chain's end is read from the last entry itself,
 * and each entry is sealed with the configured MAC key (docs/audit-integrity.md).
 */
@Stateless
@PermitAll
public class AuditTrail {

    /** The object type of a page view's entry: the child's file as a page showed it. */
    public static final String PAGE_VIEW = "ChildFile";

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;

    @Inject
    @RealTime
    Clock clock;

    @Inject
    AuditKeys keys;

    @Inject
    PageView pageView;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Records what the caller did, in the caller's transaction (started here if there is none). A read of the child
     * whose file the request draws is the page view's one entry, written by its first read (docs/audit-integrity.md,
     * "Page views").
     */
    public void record(AuditAction action, String objectType, Object objectId, Optional<Long> childId,
            Changes details) {
        Optional<PageView> view = action == AuditAction.READ ? pageView.covering(childId) : Optional.empty();
        if (view.isPresent()) {
            recordPageView(view.get(), objectType);
            return;
        }
        append(action, objectType, Optional.ofNullable(objectId).map(String::valueOf), childId, details.json(),
                Optional.empty());
    }

    private void recordPageView(PageView view, String firstRead) {
        if (view.isRecorded()) {
            return;
        }
        append(AuditAction.READ, PAGE_VIEW, Optional.of(String.valueOf(view.childId())), Optional.of(view.childId()),
                Changes.none().note("view", view.view()).note("shown", view.shown()).note("firstRead", firstRead)
                        .json(), Optional.empty());
        view.recorded();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    view.notRecorded();
                }
            }
        });
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

    /**
     * Records what happened at Keycloak, not by the caller: a failed sign-in or a lockout of {@code username}, from
     * {@code clientAddress}, imported from Keycloak's events (docs/accounts.md, "Sign-in events"). The entry is dated
     * now, like every entry (the chain's time never runs backwards); Keycloak's own time is in the details.
     */
    public void recordSignInEvent(AuditAction action, String username, String eventId, Optional<String> clientAddress,
            Changes details) {
        lockChain();
        String previous = chainEnd();
        insert(new AuditEntry(clock.instant(), username, "", action, "SignIn", Optional.of(eventId),
                Optional.empty(), Optional.empty(), clientAddress, Optional.empty(), details.json(), previous,
                keys.current()));
    }

    private void append(AuditAction action, String objectType, Optional<String> objectId, Optional<Long> childId,
            Optional<String> details, Optional<String> purpose) {
        lockChain();
        String previous = chainEnd();
        String roles = currentUser.getRoles().stream().map(Role::id).collect(Collectors.joining(","));
        insert(new AuditEntry(clock.instant(), currentUser.username().orElse("anonymous"), roles, action, objectType,
                objectId, childId, purpose, origin.clientAddress(), origin.requestId(), details, previous,
                keys.current()));
    }

    private void lockChain() {
        em.createNativeQuery("SELECT id FROM audit_append_lock WHERE id = 1 FOR UPDATE").getSingleResult();
    }

    /** The hash the next entry links to: the last entry's, after a rotation entry if the key changed. */
    private String chainEnd() {
        // A locking read: it sees the latest committed entry, not this transaction's older snapshot.
        List<?> last = em.createNativeQuery(
                "SELECT hash, key_id FROM audit_entry ORDER BY id DESC LIMIT 1 LOCK IN SHARE MODE").getResultList();
        String previous = last.isEmpty() ? AuditEntry.GENESIS : (String) ((Object[]) last.get(0))[0];
        Optional<String> previousKey = last.isEmpty() ? Optional.empty()
                : Optional.ofNullable((String) ((Object[]) last.get(0))[1]);
        MacKey key = keys.current();
        if (!previousKey.equals(Optional.of(key.id()))) {
            previous = openSegment(key, previousKey, previous);
        }
        return previous;
    }

    /**
     * The first entry sealed with a new key says so, naming the key before it: a key rotation is itself recorded in the
     * chain, and the verifier accepts a new key only after such an entry.
     */
    private String openSegment(MacKey key, Optional<String> previousKey, String previous) {
        AuditEntry rotation = new AuditEntry(clock.instant(), "system", "", AuditAction.KEY_ROTATION, "AuditTrail",
                Optional.of(key.id()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Changes.none().note("previousKey", previousKey.orElse("legacy SHA-256")).json(), previous, key);
        insert(rotation);
        return rotation.getHash();
    }

    /**
     * Written now, while this transaction holds the lock, so that ids follow the chain. A plain INSERT rather than
     * persist(): reading an IDENTITY id back through getGeneratedKeys leaves a statement open on the pooled connection
     * in Payara 6's EclipseLink (eclipse-ee4j/eclipselink#2366), one more per entry for the connection's lifetime,
     * and nothing here needs the new id.
     */
    private void insert(AuditEntry entry) {
        em.createNativeQuery("INSERT INTO audit_entry (occurred_at, username, roles, action, object_type, object_id,"
                        + " child_id, purpose, client_address, request_id, details, previous_hash, hash, key_id)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, Timestamp.from(entry.getOccurredAt())).setParameter(2, entry.getUsername())
                .setParameter(3, entry.getRoles()).setParameter(4, entry.getAction().name())
                .setParameter(5, entry.getObjectType()).setParameter(6, entry.getObjectId())
                .setParameter(7, entry.getChildId()).setParameter(8, entry.getPurpose())
                .setParameter(9, entry.getClientAddress()).setParameter(10, entry.getRequestId())
                .setParameter(11, entry.getDetails()).setParameter(12, entry.getPreviousHash())
                .setParameter(13, entry.getHash()).setParameter(14, entry.getKeyId().orElseThrow()).executeUpdate();
    }
}
