package eu.guardian.audit;

import eu.guardian.platform.persistence.DatabaseMigrations;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlValues;
import eu.guardian.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** The auditor's view of the trail: filtered pages, "who has seen this child's file", and the chain's verification. */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class AuditConsole {

    /** Filters of the console; every one optional. */
    public record Filter(Optional<String> username, Optional<Long> childId, Optional<AuditAction> action,
            Optional<Instant> from, Optional<Instant> to) {
    }

    /** One reader of a child's file: how often, first and last time, and the purposes they gave (comma-separated). */
    public record Reader(String username, String roles, long reads, Instant firstRead, Instant lastRead,
            String purposes) implements Serializable {
    }

    /**
     * The chain's state: how many entries were checked (of them legacy, i.e. sealed only with SHA-256, and
     * checkpoints matched), the first one that does not fit with its {@link ChainVerifier.Problem} and why, and the
     * last checkpoint that verified.
     */
    public record Verification(long entries, boolean intact, Long firstBrokenEntryId, String problem, String reason,
            long legacyEntries, int checkpoints, CheckpointStatus checkpoint) implements Serializable {
    }

    /**
     * The newest checkpoint signed by the oversight body (empty fields when none), its age in hours, and whether
     * that is more than the configured maximum ({@code guardian.audit.checkpoint-max-age-hours}).
     */
    public record CheckpointStatus(Instant lastSignedAt, Long lastEntryId, Double ageHours, boolean overdue,
            long maxAgeHours) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

    @Inject
    AuditKeys keys;

    @Inject
    Clock clock;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    /**
     * A page of the filtered trail, newest first by time: the order of every index of the trail (child, user, action,
     * time), so a filtered page reads its index range in order instead of walking millions of entries back by id.
     */
    public Page<AuditEntry> entries(Filter filter, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        Map<String, Object> parameters = new HashMap<>();
        String where = where(filter, parameters);
        TypedQuery<AuditEntry> select = em.createQuery("SELECT e FROM AuditEntry e" + where
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class);
        parameters.forEach(select::setParameter);
        List<AuditEntry> entries = select.setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList();
        trail.record(AuditAction.READ, "AuditTrail", null, filter.childId(), Changes.none());
        return new Page<>(entries, count(filter), pageNumber, pageSize);
    }

    /** One entry, for its detail view. */
    public Optional<AuditEntry> entry(long id) {
        return Optional.ofNullable(em.find(AuditEntry.class, id));
    }

    /**
     * How many entries match, up to {@link Page#COUNT_LIMIT} (for the console's paginator; the page read itself is what
     * gets recorded). Counting all of millions of entries would cost far more than the page.
     */
    public long count(Filter filter) {
        return countUpTo(filter, Page.COUNT_LIMIT);
    }

    /** How many entries match, counting no further than {@code limit}. */
    public long countUpTo(Filter filter, int limit) {
        Map<String, Object> parameters = new HashMap<>();
        TypedQuery<Long> ids = em.createQuery("SELECT e.id FROM AuditEntry e" + where(filter, parameters), Long.class);
        parameters.forEach(ids::setParameter);
        return ids.setMaxResults(limit).getResultList().size();
    }

    /** Where an export has come to: the last entry written (time, id); exports run newest first. */
    public record ExportCursor(Instant occurredAt, long id) {

        /** Before every entry: the start of an export. */
        public static final ExportCursor START = new ExportCursor(Instant.parse("9999-12-31T00:00:00Z"),
                Long.MAX_VALUE);

        public static ExportCursor after(AuditEntry entry) {
            return new ExportCursor(entry.getOccurredAt(), entry.getId());
        }
    }

    /**
     * The next batch of an export, newest first, after the cursor (keyset paging in the console's order, time then id:
     * each batch is one range of the filter's index, however far the export has come and however old its period).
     */
    public List<AuditEntry> exportBatch(Filter filter, ExportCursor before, int size) {
        Map<String, Object> parameters = new HashMap<>();
        parameters.put("at", before.occurredAt());
        parameters.put("id", before.id());
        TypedQuery<AuditEntry> select = em.createQuery("SELECT e FROM AuditEntry e" + where(filter, parameters)
                + " AND (e.occurredAt < :at OR (e.occurredAt = :at AND e.id < :id))"
                + " ORDER BY e.occurredAt DESC, e.id DESC", AuditEntry.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(Math.max(1, Math.min(size, 5000))).getResultList();
    }

    /** Records that the caller exported the trail (and with which filter). */
    public void recordExport(Filter filter, String format) {
        trail.record(AuditAction.EXPORT, "AuditTrail", format, filter.childId(), Changes.none()
                .note("filter", filter.toString()));
    }

    private static String where(Filter filter, Map<String, Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        filter.username().ifPresent(u -> {
            where.append(" AND e.username = :username");
            parameters.put("username", u);
        });
        filter.childId().ifPresent(c -> {
            where.append(" AND e.childId = :child");
            parameters.put("child", c);
        });
        filter.action().ifPresent(a -> {
            where.append(" AND e.action = :action");
            parameters.put("action", a);
        });
        filter.from().ifPresent(f -> {
            where.append(" AND e.occurredAt >= :from");
            parameters.put("from", f);
        });
        filter.to().ifPresent(t -> {
            where.append(" AND e.occurredAt < :to");
            parameters.put("to", t);
        });
        return where.toString();
    }

    /** How many entries came after entry {@code entryId} (0: all), counting no further than {@code limit}. */
    public long entriesAfter(long entryId, int limit) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM audit_entry WHERE id > ? LIMIT ?)"
                + " later").setParameter(1, entryId).setParameter(2, limit).getSingleResult()).longValue();
    }

    /** Everyone who read the child's file, for a subject-access request or a breach report. */
    public List<Reader> readersOf(long childId) {
        List<?> rows = em.createNativeQuery("SELECT username, MAX(roles), COUNT(*), MIN(occurred_at), MAX(occurred_at),"
                        + " GROUP_CONCAT(DISTINCT purpose ORDER BY purpose SEPARATOR ', ')"
                        + " FROM audit_entry WHERE child_id = ? AND action = 'READ' GROUP BY username"
                        + " ORDER BY MAX(occurred_at) DESC")
                .setParameter(1, childId).getResultList();
        List<Reader> readers = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            readers.add(new Reader((String) columns[0], (String) columns[1], ((Number) columns[2]).longValue(),
                    SqlValues.instantOrNull(columns[3]), SqlValues.instantOrNull(columns[4]),
                    columns[5] == null ? "" : columns[5].toString()));
        }
        trail.record(AuditAction.READ, "AuditTrail", "readers", Optional.of(childId), Changes.none());
        return readers;
    }

    /**
     * Verifies the whole chain as the oversight body's command-line verifier does (same code, {@link ChainVerifier}),
     * with the keys Guardian knows. Outside a transaction: it reads millions of entries in batches on a connection of
     * its own.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Verification verify() {
        try (Connection connection = dataSource.getConnection()) {
            ChainVerifier.Result result = ChainVerifier.verify(connection, keys.verifierSettings());
            Optional<ChainVerifier.Finding> problem = result.firstProblem();
            return new Verification(result.entries(), result.intact(),
                    problem.map(ChainVerifier.Finding::entryId).orElse(null),
                    problem.map(p -> p.problem().name()).orElse(null),
                    problem.map(ChainVerifier.Finding::detail).orElse(null), result.legacyEntries(),
                    result.checkpoints(), checkpointStatus(result.lastCheckpoint()));
        } catch (SQLException e) {
            throw new IllegalStateException("The audit trail could not be read for verification", e);
        }
    }

    /**
     * The newest checkpoint whose signature verifies, and whether it is older than the configured maximum age (for
     * the console, without verifying the whole chain).
     */
    public CheckpointStatus checkpointStatus() {
        List<?> rows = em.createNativeQuery("SELECT entry_id, entry_hash, signed_at, signer, signature"
                + " FROM audit_checkpoint ORDER BY signed_at DESC, id DESC LIMIT 20").getResultList();
        for (Object row : rows) {
            Object[] c = (Object[]) row;
            ChainCheckpoint checkpoint = new ChainCheckpoint(((Number) c[0]).longValue(), (String) c[1],
                    SqlValues.instantOrNull(c[2]), (String) c[3], (String) c[4]);
            if (checkpoint.isSignedBy(keys.checkpointSigners())) {
                return checkpointStatus(Optional.of(checkpoint));
            }
        }
        return checkpointStatus(Optional.empty());
    }

    private CheckpointStatus checkpointStatus(Optional<ChainCheckpoint> last) {
        long maxAgeHours = keys.checkpointMaxAge().toHours();
        if (last.isEmpty()) {
            return new CheckpointStatus(null, null, null, true, maxAgeHours);
        }
        Duration age = Duration.between(last.get().signedAt(), clock.instant());
        return new CheckpointStatus(last.get().signedAt(), last.get().entryId(), age.toMinutes() / 60.0,
                age.compareTo(keys.checkpointMaxAge()) > 0, maxAgeHours);
    }
}
