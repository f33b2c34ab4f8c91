package eu.guardian.audit;

import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import eu.guardian.platform.persistence.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Writes the audit trail. An entry is written in the transaction of what it records (no change without its entry).
 * Appending locks a row in the database that carries nothing ({@code audit_append_lock}), so that concurrent writers,
 * on any number of servers, take turns and the chain never forks; the chain's end is read from the last entry itself,
 * and each entry is sealed with the configured MAC key (docs/audit-integrity.md).
 *
 * <p>The entries a transaction records are appended together at its very end (just before it commits), so that the
 * chain's lock is held only for the appends and the commit, not for the rest of the transaction's work: with the
 * lock taken at the first entry, concurrent requests that audit queued behind each other's whole work
 * (docs/audit-integrity.md, "When entries are appended"). An entry is dated when it is appended, so the chain's time
 * never runs backwards.
 */
@Stateless
@PermitAll
public class AuditTrail {

    @Inject
    CurrentUser currentUser;

    @Inject
    RequestOrigin origin;

    @Inject
    Clock clock;

    @Inject
    AuditKeys keys;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /** The same data source as the persistence unit's: within a transaction, the same connection. */
    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource database;

    /** What an entry says, taken when it is recorded; its time, place in the chain and seal come when appended. */
    private record Pending(String username, String roles, AuditAction action, String objectType,
            Optional<String> objectId, Optional<Long> childId, Optional<String> purpose,
            Optional<String> clientAddress, Optional<String> requestId, Optional<String> details) {
    }

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

    /**
     * Records what happened at Keycloak, not by the caller: a failed sign-in or a lockout of {@code username}, from
     * {@code clientAddress}, imported from Keycloak's events (docs/accounts.md, "Sign-in events"). The entry is dated
     * now, like every entry (the chain's time never runs backwards); Keycloak's own time is in the details.
     */
    public void recordSignInEvent(AuditAction action, String username, String eventId, Optional<String> clientAddress,
            Changes details) {
        enqueue(new Pending(username, "", action, "SignIn", Optional.of(eventId), Optional.empty(), Optional.empty(),
                clientAddress, Optional.empty(), details.json()));
    }

    private void append(AuditAction action, String objectType, Optional<String> objectId, Optional<Long> childId,
            Optional<String> details, Optional<String> purpose) {
        String roles = currentUser.getRoles().stream().map(Role::id).collect(Collectors.joining(","));
        enqueue(new Pending(currentUser.username().orElse("anonymous"), roles, action, objectType, objectId, childId,
                purpose, origin.clientAddress(), origin.requestId(), details));
    }

    /**
     * Keeps the entry with the transaction; the first one registers the append that runs when the transaction is
     * about to commit (after the persistence unit has written the transaction's changes). A rollback drops them.
     */
    private void enqueue(Pending entry) {
        @SuppressWarnings("unchecked")
        List<Pending> pending = (List<Pending>) transactions.getResource(Pending.class);
        if (pending == null) {
            List<Pending> entries = new ArrayList<>();
            transactions.putResource(Pending.class, entries);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                    if (transactions.getTransactionStatus() == Status.STATUS_ACTIVE) {
                        appendAll(entries);
                    }
                }

                @Override
                public void afterCompletion(int status) {
                }
            });
            pending = entries;
        }
        pending.add(entry);
    }

    /** Appends the transaction's entries in one turn at the chain's end; a failure rolls the transaction back. */
    private void appendAll(List<Pending> entries) {
        try (Connection connection = database.getConnection()) {
            try (PreparedStatement lock = connection.prepareStatement(
                    "SELECT id FROM audit_append_lock WHERE id = 1 FOR UPDATE")) {
                lock.executeQuery().close();
            }
            String previous = chainEnd(connection);
            for (Pending entry : entries) {
                AuditEntry sealed = new AuditEntry(clock.instant(), entry.username(), entry.roles(), entry.action(),
                        entry.objectType(), entry.objectId(), entry.childId(), entry.purpose(), entry.clientAddress(),
                        entry.requestId(), entry.details(), previous, keys.current());
                insert(connection, sealed);
                previous = sealed.getHash();
            }
        } catch (SQLException e) {
            transactions.setRollbackOnly();
            throw new IllegalStateException("The audit trail could not be appended to", e);
        }
    }

    /** The hash the next entry links to: the last entry's, after a rotation entry if the key changed. */
    private String chainEnd(Connection connection) throws SQLException {
        // A locking read: it sees the latest committed entry, not this transaction's older snapshot.
        String previous = AuditEntry.GENESIS;
        Optional<String> previousKey = Optional.empty();
        try (PreparedStatement last = connection.prepareStatement(
                "SELECT hash, key_id FROM audit_entry ORDER BY id DESC LIMIT 1 LOCK IN SHARE MODE");
                ResultSet row = last.executeQuery()) {
            if (row.next()) {
                previous = row.getString("hash");
                previousKey = Optional.ofNullable(row.getString("key_id"));
            }
        }
        MacKey key = keys.current();
        if (!previousKey.equals(Optional.of(key.id()))) {
            previous = openSegment(connection, key, previousKey, previous);
        }
        return previous;
    }

    /**
     * The first entry sealed with a new key says so, naming the key before it: a key rotation is itself recorded in the
     * chain, and the verifier accepts a new key only after such an entry.
     */
    private String openSegment(Connection connection, MacKey key, Optional<String> previousKey, String previous)
            throws SQLException {
        AuditEntry rotation = new AuditEntry(clock.instant(), "system", "", AuditAction.KEY_ROTATION, "AuditTrail",
                Optional.of(key.id()), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Changes.none().note("previousKey", previousKey.orElse("legacy SHA-256")).json(), previous, key);
        insert(connection, rotation);
        return rotation.getHash();
    }

    /**
     * Written now, while this transaction holds the lock, so that ids follow the chain; nothing here needs the new id.
     */
    private static void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_entry (occurred_at, username,"
                + " roles, action, object_type, object_id, child_id, purpose, client_address, request_id, details,"
                + " previous_hash, hash, key_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setTimestamp(1, Timestamp.from(entry.getOccurredAt()));
            insert.setString(2, entry.getUsername());
            insert.setString(3, entry.getRoles());
            insert.setString(4, entry.getAction().name());
            insert.setString(5, entry.getObjectType());
            insert.setString(6, entry.getObjectId());
            insert.setObject(7, entry.getChildId());
            insert.setString(8, entry.getPurpose());
            insert.setString(9, entry.getClientAddress());
            insert.setString(10, entry.getRequestId());
            insert.setString(11, entry.getDetails());
            insert.setString(12, entry.getPreviousHash());
            insert.setString(13, entry.getHash());
            insert.setString(14, entry.getKeyId().orElseThrow());
            insert.executeUpdate();
        }
    }
}
