package eu.guardian.child;

import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The one place that decides which children a caller may see and on which they may work (docs/architecture.md,
 * "Access to a child's case"; docs/domain-rules.md, "People and roles"). Every service asks here, on the server; no
 * other class writes these conditions.
 * <ul>
 * <li>Caseworkers and the authority see and work on every child; auditors see every child and change nothing.</li>
 * <li>Reception staff see and work on the children placed at their own centre; on another centre's child's case team
 * (with their login recorded) they may read that file, never change anything in it.</li>
 * <li>A guardian sees and works on only the children currently in their guardianship (what "current" means is the
 * guardianship capability's rule, asked through {@link CurrentGuardians}); a former guardian loses access on the day
 * the guardianship ends. Case-team membership gives a guardian nothing.</li>
 * <li>Administrators never see children's files.</li>
 * </ul>
 * Which actions a role may take at all (e.g. only caseworkers report a child missing) is the services'
 * {@code @RolesAllowed}; this class decides the row: whether that child is within the caller's reach.
 */
@RequestScoped
public class ChildAccess {

    /** The part of the children a caller may see, as a filter for list queries. */
    public sealed interface Scope {
        record All() implements Scope {
        }

        record Centre(long centreId) implements Scope {
        }

        record Wards(String guardianUsername, LocalDate today) implements Scope {
        }

        record Nothing() implements Scope {
        }
    }

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentGuardians currentGuardians;

    @Inject
    CaseTeamMembership caseTeam;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    private Scope scope;

    public Scope scope() {
        if (scope == null) {
            scope = decideScope();
        }
        return scope;
    }

    /** The caller's part of the children as SQL conditions on {@code c} (the child table), for native lists. */
    public SqlConditions conditions() {
        return new SqlConditions().and(onChild("c.id", "c.current_centre_id"));
    }

    /**
     * The caller's part of the children as one SQL condition on a column holding a child's id, for lists of things
     * that belong to a child (complaints, referrals...) without joining the child table.
     */
    public SqlFragment onChildId(String childIdColumn) {
        return onChild(childIdColumn, "(SELECT sc.current_centre_id FROM child sc WHERE sc.id = " + childIdColumn + ")");
    }

    private SqlFragment onChild(String childIdColumn, String centreOfChild) {
        Scope current = scope();
        if (current instanceof Scope.All) {
            return SqlFragment.of("1 = 1");
        }
        if (current instanceof Scope.Centre centre) {
            return SqlFragment.of(centreOfChild + " = ?", centre.centreId());
        }
        if (current instanceof Scope.Wards wards) {
            return currentGuardians.wardOfUser(childIdColumn, wards.guardianUsername(), wards.today());
        }
        return SqlFragment.of("1 = 0");
    }

    private Scope decideScope() {
        if (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY) || currentUser.has(Role.AUDITOR)) {
            return new Scope.All();
        }
        if (currentUser.has(Role.RECEPTION)) {
            return receptionCentre().<Scope>map(Scope.Centre::new).orElse(new Scope.Nothing());
        }
        if (currentUser.has(Role.GUARDIAN)) {
            return new Scope.Wards(currentUser.getName(), today());
        }
        return new Scope.Nothing();
    }

    /** The centre a member of reception staff works at, if any is recorded. */
    public Optional<Long> receptionCentre() {
        List<?> rows = em.createNativeQuery("SELECT centre_id FROM centre_staff WHERE username = ?")
                .setParameter(1, currentUser.getName()).getResultList();
        return rows.stream().findFirst().map(value -> ((Number) value).longValue());
    }

    /** Whether the caller may see the child's file: within their scope, or (reception) on the child's case team. */
    public boolean maySee(Child child) {
        return inScope(child) || currentUser.has(Role.RECEPTION) && caseTeam.isMember(child.getId(),
                currentUser.getName(), today());
    }

    /**
     * Whether the child is within reach for any change the caller's role allows in the case (a screening, a visit, a
     * referral, a care-plan step...): caseworkers and the authority always; reception only at their own centre; a
     * guardian only for a current ward; auditors and administrators never. Case-team membership never counts here.
     */
    public boolean mayWorkOn(Child child) {
        if (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)) {
            return true;
        }
        return (currentUser.has(Role.RECEPTION) || currentUser.has(Role.GUARDIAN)) && inScope(child);
    }

    /**
     * Whether the caller may change the child's own record (identity, placements, statuses, closure): caseworkers,
     * the authority, and reception staff of the child's centre; guardians work on the case but not on its record.
     */
    public boolean mayChangeRecord(Child child) {
        if (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)) {
            return true;
        }
        return currentUser.has(Role.RECEPTION) && inScope(child);
    }

    /**
     * Whether the caller may see special-category records (health: medical reports, health documents) of a child
     * they may see: caseworkers, the authority, auditors and the child's current guardian, on a need-to-know basis;
     * not reception staff, who register and screen but do not work on the child's health (docs/documents.md, "Who
     * sees what").
     */
    public boolean maySeeHealthRecords(Child child) {
        return maySee(child) && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.AUDITOR) || currentUser.has(Role.GUARDIAN));
    }

    private boolean inScope(Child child) {
        Scope current = scope();
        if (current instanceof Scope.All) {
            return true;
        }
        if (current instanceof Scope.Centre centre) {
            return child.currentCentreId().filter(id -> id == centre.centreId()).isPresent();
        }
        if (current instanceof Scope.Wards wards) {
            return currentGuardians.isCurrentGuardian(child.getId(), wards.guardianUsername(), wards.today());
        }
        return false;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
