package eu.guardian.audit;

import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlValues;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The auditor's view of the trail: filtered pages, "who has seen this child's file", and the chain's verification. */
@Stateless
@RolesAllowed(Role.Names.AUDITOR)
public class AuditConsole {

    private static final int VERIFY_BATCH = 5000;

    /** Filters of the console; every one optional. */
    public record Filter(Optional<String> username, Optional<Long> childId, Optional<AuditAction> action,
            Optional<Instant> from, Optional<Instant> to) {
    }

    /** One reader of a child's file: how often, first and last time. */
    public record Reader(String username, String roles, long reads, Instant firstRead, Instant lastRead) {
    }

    /** The chain's state: how many entries were checked, and the first one that does not fit, if any. */
    public record Verification(long entries, boolean intact, Long firstBrokenEntryId) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    AuditTrail trail;

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

    /** Everyone who read the child's file, for a subject-access request or a breach report. */
    public List<Reader> readersOf(long childId) {
        List<?> rows = em.createNativeQuery("SELECT username, MAX(roles), COUNT(*), MIN(occurred_at), MAX(occurred_at)"
                        + " FROM audit_entry WHERE child_id = ? AND action = 'READ' GROUP BY username"
                        + " ORDER BY MAX(occurred_at) DESC")
                .setParameter(1, childId).getResultList();
        List<Reader> readers = new ArrayList<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            readers.add(new Reader((String) columns[0], (String) columns[1], ((Number) columns[2]).longValue(),
                    SqlValues.instantOrNull(columns[3]), SqlValues.instantOrNull(columns[4])));
        }
        trail.record(AuditAction.READ, "AuditTrail", "readers", Optional.of(childId), Changes.none());
        return readers;
    }

    /** Recomputes every entry's hash from the first, in batches, and compares the chain's links and its head. */
    public Verification verify() {
        String expectedPrevious = AuditEntry.GENESIS;
        long checked = 0;
        long lastId = 0;
        while (true) {
            List<?> rows = em.createNativeQuery("SELECT id, occurred_at, username, roles, action, object_type,"
                            + " object_id, child_id, purpose, client_address, request_id, details, previous_hash, hash"
                            + " FROM audit_entry WHERE id > ? ORDER BY id LIMIT " + VERIFY_BATCH)
                    .setParameter(1, lastId).getResultList();
            for (Object row : rows) {
                Object[] c = (Object[]) row;
                long id = ((Number) c[0]).longValue();
                String content = AuditEntry.canonicalContent(SqlValues.instantOrNull(c[1]), (String) c[2], (String) c[3],
                        (String) c[4], (String) c[5], (String) c[6], c[7] == null ? null : ((Number) c[7]).longValue(),
                        (String) c[8], (String) c[9], (String) c[10], (String) c[11]);
                if (!expectedPrevious.equals(c[12]) || !AuditEntry.hashOf(content, (String) c[12]).equals(c[13])) {
                    return new Verification(checked, false, id);
                }
                expectedPrevious = (String) c[13];
                lastId = id;
                checked++;
            }
            if (rows.size() < VERIFY_BATCH) {
                break;
            }
        }
        String head = (String) em.createNativeQuery("SELECT last_hash FROM audit_chain_head WHERE id = 1")
                .getSingleResult();
        boolean intact = head.equals(expectedPrevious);
        return new Verification(checked, intact, intact ? null : lastId);
    }
}
