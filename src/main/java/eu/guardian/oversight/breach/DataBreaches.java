package eu.guardian.oversight.breach;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The register of personal-data breaches (GDPR art 33; docs/domain-rules.md#the-laws-clocks): the authority records
 * a breach and, later, that the supervisory authority was told; the authority and auditors read it; the dashboard
 * counts those not told within 72 hours of being found. Every read and write is audited.
 */
@Stateless
public class DataBreaches {

    static final int TEXT_MAX = 4000;
    static final int MAX_CHILDREN = 10_000_000;

    @PersistenceContext
    EntityManager em;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** Records a breach; it may have been found before today (not in the future). */
    @RolesAllowed(Role.Names.AUTHORITY)
    public DataBreachRecord record(String foundAt, String description, Integer childrenAffected, String measures) {
        Instant now = clock.instant();
        Checks checks = new Checks().required("foundAt", foundAt).required("description", description)
                .maxLength("description", description, TEXT_MAX).required("childrenAffected", childrenAffected)
                .maxLength("measures", measures, TEXT_MAX);
        Optional<Instant> found = checks.instant("foundAt", foundAt);
        found.ifPresent(at -> checks.that(!at.isAfter(now), "foundAt", "validation.inFuture"));
        if (childrenAffected != null) {
            checks.that(childrenAffected >= 0 && childrenAffected <= MAX_CHILDREN, "childrenAffected",
                    "validation.between", 0, MAX_CHILDREN);
        }
        checks.throwIfAny();
        DataBreach breach = new DataBreach(found.orElseThrow(), description.strip(), childrenAffected,
                Optional.ofNullable(measures).map(String::strip).filter(m -> !m.isEmpty()), currentUser.getName(),
                now);
        em.persist(breach);
        em.flush();
        audit.record(AuditAction.CREATE, "DataBreach", breach.getId(), Optional.empty(), Changes.none()
                .note("foundAt", breach.getFoundAt()).note("childrenAffected", childrenAffected)
                .field("description", null, breach.getDescription())
                .field("measures", null, breach.measures().orElse(null)));
        return DataBreachRecord.of(breach, now);
    }

    /** The supervisory authority was told, with its reference; once, against the version the caller read. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public DataBreachRecord supervisoryAuthorityNotified(long id, Long expectedVersion, String notifiedAt,
            String reference) {
        DataBreach breach = find(id);
        if (expectedVersion != null && expectedVersion != breach.getVersion()) {
            throw new OptimisticLockException("The breach was changed by someone else");
        }
        Instant now = clock.instant();
        Checks checks = new Checks().required("notifiedAt", notifiedAt).required("reference", reference)
                .maxLength("reference", reference, 200);
        Optional<Instant> at = checks.instant("notifiedAt", notifiedAt);
        at.ifPresent(day -> checks.that(!day.isAfter(now), "notifiedAt", "validation.inFuture")
                .that(!day.isBefore(breach.getFoundAt()), "notifiedAt", "dataBreach.validation.beforeFound"));
        checks.throwIfAny();
        if (breach.supervisoryNotifiedAt().isPresent()) {
            throw new Conflict("dataBreach.alreadyNotified", List.of());
        }
        breach.supervisoryAuthorityNotified(at.orElseThrow(), reference.strip());
        audit.record(AuditAction.UPDATE, "DataBreach", id, Optional.empty(), Changes.none()
                .field("supervisoryNotifiedAt", null, at.get()).field("supervisoryReference", null, reference.strip()));
        em.flush();
        return DataBreachRecord.of(breach, now);
    }

    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public DataBreachRecord breach(long id) {
        DataBreach breach = find(id);
        audit.record(AuditAction.READ, "DataBreach", id, Optional.empty(), Changes.none());
        return DataBreachRecord.of(breach, clock.instant());
    }

    /** The register, those still to be notified first, then the newest; one audit entry per page. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<DataBreachRecord> list(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        Instant now = clock.instant();
        List<DataBreachRecord> items = em.createQuery("SELECT b FROM DataBreach b ORDER BY CASE WHEN"
                        + " b.supervisoryNotifiedAt IS NULL THEN 0 ELSE 1 END, b.foundAt DESC, b.id DESC",
                        DataBreach.class).setFirstResult(pageNumber * pageSize).setMaxResults(pageSize)
                .getResultList().stream().map(b -> DataBreachRecord.of(b, now)).toList();
        audit.record(AuditAction.READ, "DataBreachList", null, Optional.empty(),
                Changes.none().note("page", pageNumber).note("size", pageSize));
        return new Page<>(items, count(), pageNumber, pageSize);
    }

    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long count() {
        return em.createQuery("SELECT COUNT(b) FROM DataBreach b", Long.class).getSingleResult();
    }

    /** Breaches not told to the supervisory authority more than 72 hours after they were found (an index range). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countOverdue() {
        return em.createQuery("SELECT COUNT(b) FROM DataBreach b WHERE b.supervisoryNotifiedAt IS NULL"
                        + " AND b.foundAt < :limit", Long.class)
                .setParameter("limit", clock.instant().minus(DataBreach.NOTIFICATION_WINDOW)).getSingleResult();
    }

    private DataBreach find(long id) {
        return Optional.ofNullable(em.find(DataBreach.class, id))
                .orElseThrow(() -> new NotFound("DataBreach " + id));
    }
}
