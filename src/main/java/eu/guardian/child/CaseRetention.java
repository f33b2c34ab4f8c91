package eu.guardian.child;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Storage limitation (GDPR art 5(1)(e)): a closed case is kept for the retention period (setting), then its identity
 * is erased, unless the authority holds it (litigation, an inquiry, a pending complaint). Statistics survive: dates,
 * nationality, region and statuses carry no identity by themselves.
 */
@Stateless
public class CaseRetention {

    public record LegalHold(long childId, boolean held, Optional<String> reason, Optional<String> by, long version) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry registry;

    @Inject
    Settings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<CaseAnonymised> anonymised;

    @Inject
    CaseRetentionSchedule schedule;

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.AUTHORITY)
    public LegalHold placeUnderLegalHold(long childId, String reason) {
        new Checks().required("reason", reason).maxLength("reason", reason, 500).throwIfAny();
        Child child = heldChild(childId);
        child.placeUnderLegalHold(reason.strip(), currentUser.getName(), clock.instant());
        audit.record(AuditAction.UPDATE, "Child", childId, Optional.of(childId), Changes.none()
                .note("legalHold", "placed"));
        return holdOf(child);
    }

    @RolesAllowed(Role.Names.AUTHORITY)
    public LegalHold releaseLegalHold(long childId) {
        Child child = heldChild(childId);
        child.releaseLegalHold();
        audit.record(AuditAction.UPDATE, "Child", childId, Optional.of(childId), Changes.none()
                .note("legalHold", "released"));
        return holdOf(child);
    }

    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public LegalHold legalHold(long childId) {
        return holdOf(registry.visibleChild(childId));
    }

    /** The nightly job, now: after the authority changed the period, say. A batch per transaction. */
    @RolesAllowed(Role.Names.AUTHORITY)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int anonymiseAllExpiredNow() {
        return schedule.runAll();
    }

    /**
     * Anonymises up to {@code batchSize} closed cases whose retention period has passed, oldest closure first, in
     * the caller's transaction; returns how many. Held cases are skipped, never touched.
     */
    @PermitAll
    public int anonymiseExpired(int batchSize) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate closedBefore = today.minusYears(settings.value(SettingKey.RETENTION_YEARS));
        List<Child> expired = em.createQuery("SELECT c FROM Child c WHERE c.status = :closed"
                        + " AND c.anonymisedAt IS NULL AND c.closedOn < :before AND c.legalHold = FALSE"
                        + " ORDER BY c.closedOn", Child.class)
                .setParameter("closed", CaseStatus.CLOSED).setParameter("before", closedBefore)
                .setMaxResults(batchSize).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Child child : expired) {
            anonymise(child);
        }
        return expired.size();
    }

    private void anonymise(Child child) {
        long id = child.getId();
        child.anonymise(clock.instant());
        // Free text that may name the child or its family, in the case's own records; every other capability
        // erases its own on the event.
        em.createNativeQuery("UPDATE age_assessment SET notes = NULL WHERE child_id = ?").setParameter(1, id)
                .executeUpdate();
        em.createNativeQuery("UPDATE placement SET place = ? WHERE child_id = ?").setParameter(1, Child.ANONYMISED)
                .setParameter(2, id).executeUpdate();
        anonymised.fire(new CaseAnonymised(id));
        audit.record(AuditAction.ANONYMISE, "Child", id, Optional.of(id), Changes.none()
                .note("retentionYears", settings.value(SettingKey.RETENTION_YEARS)));
    }

    private Child heldChild(long childId) {
        Child child = registry.childToWorkOn(childId);
        if (child.anonymisedAt().isPresent()) {
            throw new CaseClosedException(child.getCaseNumber());
        }
        em.lock(child, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return child;
    }

    private static LegalHold holdOf(Child child) {
        return new LegalHold(child.getId(), child.isUnderLegalHold(), child.legalHoldReason(), child.legalHoldBy(),
                child.getVersion());
    }
}
