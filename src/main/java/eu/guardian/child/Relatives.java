package eu.guardian.child;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Siblings and relatives (docs/domain-rules.md#siblings-and-relatives): caseworkers and the authority link two
 * children they may work on (both directions at once) and record why related children are separated; whoever sees a
 * file reads its relatives. Guardian suggestions prefer a sibling's guardian ({@link #siblingsOf}).
 */
@Stateless
public class Relatives {

    static final int MAX_RELATIVES = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    ChildAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public List<RelativeRecord> relatives(long childId) {
        Child child = children.visibleChild(childId);
        audit.record(AuditAction.READ, "ChildRelation", childId, Optional.of(childId), Changes.none());
        return relationsOf(childId).stream().map(relation -> recordOf(child, relation)).toList();
    }

    /** The same, read as part of the child's file, whose view is audited once (no entry of its own). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public List<RelativeRecord> relativesOnFile(long childId) {
        Child child = children.visibleChild(childId);
        return relationsOf(childId).stream().map(relation -> recordOf(child, relation)).toList();
    }

    /**
     * Links the child to the child with this case number, as the file's form asks. A case number that does not exist
     * and one the caller may not see get the same answer, so that the form tells nothing of other regions' cases.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public List<RelativeRecord> linkByCaseNumber(long childId, String caseNumber, String kind) {
        new Checks().required("relativeCaseNumber", caseNumber == null || caseNumber.isBlank() ? null : caseNumber)
                .maxLength("relativeCaseNumber", caseNumber, 40).throwIfAny();
        Optional<Long> relativeId = em.createQuery("SELECT c.id FROM Child c WHERE c.caseNumber = :number", Long.class)
                .setParameter("number", caseNumber.strip()).getResultStream().findFirst();
        try {
            children.visibleChild(relativeId.orElseThrow(() -> new NotFound("Case " + caseNumber.strip())));
        } catch (NotFound unknownOrOutOfReach) { // an attempt on a hidden child is noted by visibleChild
            throw new InvalidInput("relativeCaseNumber", "validation.relativeUnknown");
        }
        return link(childId, relativeId.get(), kind);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public List<RelativeRecord> link(long childId, Long relativeId, String kind) {
        Checks checks = new Checks().required("relativeId", relativeId).required("kind", kind);
        Optional<RelationKind> parsed = checks.choice(RelationKind.class, "kind", kind);
        checks.that(relativeId == null || relativeId != childId, "relativeId", "validation.relativeSelf");
        checks.throwIfAny();
        children.childToWorkOn(childId);
        children.childToWorkOn(relativeId);
        if (relation(childId, relativeId).isEmpty()) { // linking twice changes nothing
            em.persist(new ChildRelation(childId, relativeId, parsed.orElseThrow(), currentUser.getName(),
                    clock.instant()));
            em.persist(new ChildRelation(relativeId, childId, parsed.get(), currentUser.getName(), clock.instant()));
            audit.record(AuditAction.CREATE, "ChildRelation", childId, Optional.of(childId),
                    Changes.none().note("relative", relativeId).note("kind", parsed.get()));
            audit.record(AuditAction.CREATE, "ChildRelation", relativeId, Optional.of(relativeId),
                    Changes.none().note("relative", childId).note("kind", parsed.get()));
        }
        em.flush();
        return relatives(childId);
    }

    /** Records on both files why the two have a different guardian or placement. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public List<RelativeRecord> recordSeparation(long childId, long relativeId, String reason) {
        Checks checks = new Checks().required("reason", reason == null || reason.isBlank() ? null : reason)
                .maxLength("reason", reason, Checks.TEXT_MAX);
        checks.throwIfAny();
        children.childToWorkOn(childId);
        children.childToWorkOn(relativeId);
        LocalDate today = LocalDate.now(clock);
        ChildRelation there = relation(childId, relativeId).orElseThrow(
                () -> new NotFound("Relation " + childId + "-" + relativeId));
        there.recordSeparation(reason.strip(), today);
        relation(relativeId, childId).ifPresent(back -> back.recordSeparation(reason.strip(), today));
        audit.record(AuditAction.UPDATE, "ChildRelation", childId, Optional.of(childId),
                Changes.none().note("separatedFrom", relativeId));
        audit.record(AuditAction.UPDATE, "ChildRelation", relativeId, Optional.of(relativeId),
                Changes.none().note("separatedFrom", childId));
        return relatives(childId);
    }

    /** The ids of the child's siblings (for guardian suggestions; no audit entry of its own). */
    @RolesAllowed(Role.Names.AUTHORITY)
    public List<Long> siblingsOf(long childId) {
        return em.createQuery("SELECT r.relativeId FROM ChildRelation r WHERE r.childId = :child"
                        + " AND r.kind = :sibling", Long.class).setParameter("child", childId)
                .setParameter("sibling", RelationKind.SIBLING).setMaxResults(MAX_RELATIVES).getResultList();
    }

    private List<ChildRelation> relationsOf(long childId) {
        return em.createQuery("SELECT r FROM ChildRelation r WHERE r.childId = :child ORDER BY r.id",
                ChildRelation.class).setParameter("child", childId).setMaxResults(MAX_RELATIVES).getResultList();
    }

    private Optional<ChildRelation> relation(long childId, long relativeId) {
        return em.createQuery("SELECT r FROM ChildRelation r WHERE r.childId = :child AND r.relativeId = :relative",
                ChildRelation.class).setParameter("child", childId).setParameter("relative", relativeId)
                .getResultStream().findFirst();
    }

    private RelativeRecord recordOf(Child child, ChildRelation relation) {
        Child relative = em.find(Child.class, relation.getRelativeId());
        boolean together = child.currentPlacement().map(Placement::getPlace).filter(place -> relative.currentPlacement()
                .map(Placement::getPlace).filter(other -> Objects.equals(other, place)
                        && Objects.equals(child.currentCentreId(), relative.currentCentreId())).isPresent()).isPresent();
        return new RelativeRecord(relative.getId(), relative.getCaseNumber(),
                access.maySee(relative) ? ChildNames.fullName(relative.getGivenNames(),
                        relative.getFamilyName(), Optional.ofNullable(relative.getLatinGivenNames()),
                        Optional.ofNullable(relative.getLatinFamilyName())) : null, relation.getKind(), together,
                !together && relation.separationReason().isEmpty() && relative.getStatus() == CaseStatus.OPEN,
                relation.separationReason().orElse(null), relation.getSeparatedOn());
    }
}
