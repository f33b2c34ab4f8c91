package eu.guardian.audit;

import eu.guardian.platform.persistence.DatabaseMigrations;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.platform.persistence.SqlValues;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
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
    AuditScope scope;

    @Inject
    Clock clock;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    /**
     * The part of the trail the caller may read (docs/jurisdictions.md, "Auditors and the trail"), fixed in the request
     * so that an export running in the background keeps the reach of the auditor who started it.
     */
    public record Reach(SqlFragment onEntry) {
    }

    /** The caller's reach: the entries about the children they may see; every entry for a national auditor. */
    public Reach reachOfCaller() {
        return new Reach(scope.onChildId("e.child_id"));
    }

    /**
     * A page of the filtered trail, newest first by time: the order of every index of the trail (child, user, action,
     * time), so a filtered page reads its index range in order instead of walking millions of entries back by id.
     */
    @SuppressWarnings("unchecked")
    public Page<AuditEntry> entries(Filter filter, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        SqlConditions where = where(filter, reachOfCaller());
        Query select = em.createNativeQuery("SELECT e.* FROM audit_entry e" + where.where()
                + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?", AuditEntry.class);
        where.bindPage(select, pageSize, pageNumber * pageSize);
        List<AuditEntry> entries = select.getResultList();
        trail.record(AuditAction.READ, "AuditTrail", null, filter.childId(), Changes.none());
        return new Page<>(entries, count(filter), pageNumber, pageSize);
    }

    /** One entry, for its detail view, if it lies within the caller's reach. */
    @SuppressWarnings("unchecked")
    public Optional<AuditEntry> entry(long id) {
        SqlConditions where = new SqlConditions().and("e.id = ?", id).and(reachOfCaller().onEntry());
        Query select = em.createNativeQuery("SELECT e.* FROM audit_entry e" + where.where(), AuditEntry.class);
        where.bind(select);
        return ((List<AuditEntry>) select.getResultList()).stream().findFirst();
    }

    /**
     * How many entries match, up to {@link Page#COUNT_LIMIT} (for the console's paginator; the page read itself is what
     * gets recorded). Counting all of millions of entries would cost far more than the page.
     */
    public long count(Filter filter) {
        return countUpTo(filter, Page.COUNT_LIMIT);
    }

    /** How many entries within the caller's reach match, counting no further than {@code limit}. */
    public long countUpTo(Filter filter, int limit) {
        SqlConditions where = where(filter, reachOfCaller());
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM audit_entry e" + where.where()
                + " LIMIT ?) matching");
        where.bindPage(count, limit, 0);
        return SqlValues.number(count.getSingleResult());
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
     * each batch is one range of the filter's index, however far the export has come and however old its period),
     * within the reach of the auditor who started the export.
     */
    @SuppressWarnings("unchecked")
    public List<AuditEntry> exportBatch(Filter filter, Reach reach, ExportCursor before, int size) {
        SqlConditions where = where(filter, reach).and("(e.occurred_at < ? OR (e.occurred_at = ? AND e.id < ?))",
                Timestamp.from(before.occurredAt()), Timestamp.from(before.occurredAt()), before.id());
        Query select = em.createNativeQuery("SELECT e.* FROM audit_entry e" + where.where()
                + " ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?", AuditEntry.class);
        where.bindPage(select, Math.max(1, Math.min(size, 5000)), 0);
        return select.getResultList();
    }

    /** Records that the caller exported the trail (and with which filter). */
    public void recordExport(Filter filter, String format) {
        trail.record(AuditAction.EXPORT, "AuditTrail", format, filter.childId(), Changes.none()
                .note("filter", filter.toString()));
    }

    private static SqlConditions where(Filter filter, Reach reach) {
        SqlConditions where = new SqlConditions();
        filter.username().ifPresent(u -> where.and("e.username = ?", u));
        filter.childId().ifPresent(c -> where.and("e.child_id = ?", c));
        filter.action().ifPresent(a -> where.and("e.action = ?", a.name()));
        filter.from().ifPresent(f -> where.and("e.occurred_at >= ?", Timestamp.from(f)));
        filter.to().ifPresent(t -> where.and("e.occurred_at < ?", Timestamp.from(t)));
        return where.and(reach.onEntry());
    }

    /** How many entries came after entry {@code entryId} (0: all), counting no further than {@code limit}. */
    public long entriesAfter(long entryId, int limit) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM audit_entry WHERE id > ? LIMIT ?)"
                + " later").setParameter(1, entryId).setParameter(2, limit).getSingleResult()).longValue();
    }

    /**
     * Everyone who read the child's file, for a subject-access request or a breach report; a child outside the
     * caller's reach is not found, as its file would be.
     */
    public List<Reader> readersOf(long childId) {
        if (!scope.reaches(childId)) {
            throw new NotFound("Child " + childId);
        }
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
