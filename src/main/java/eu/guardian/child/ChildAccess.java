package eu.guardian.child;

import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which children the caller may see (RULES.md, "People and roles"): caseworkers, the authority and auditors all;
 * reception staff those placed at their own centre; a guardian only the children currently in their guardianship (a
 * former guardian loses access on the day it ends); administrators none. Every service asks here, on the server.
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
        SqlConditions conditions = new SqlConditions();
        Scope current = scope();
        if (current instanceof Scope.Centre centre) {
            conditions.and("c.current_centre_id = ?", centre.centreId());
        } else if (current instanceof Scope.Wards wards) {
            conditions.and("EXISTS (SELECT 1 FROM guardianship w JOIN guardian wg ON wg.id = w.guardian_id"
                    + " WHERE w.child_id = c.id AND wg.username = ? AND w.appointed_on <= ?"
                    + " AND (w.ended_on IS NULL OR w.ended_on > ?))", wards.guardianUsername(),
                    Date.valueOf(wards.today()), Date.valueOf(wards.today()));
        } else if (!(current instanceof Scope.All)) {
            conditions.and("1 = 0");
        }
        return conditions;
    }

    private Scope decideScope() {
        if (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY) || currentUser.has(Role.AUDITOR)) {
            return new Scope.All();
        }
        if (currentUser.has(Role.RECEPTION)) {
            return receptionCentre().<Scope>map(Scope.Centre::new).orElse(new Scope.Nothing());
        }
        if (currentUser.has(Role.GUARDIAN)) {
            return new Scope.Wards(currentUser.getName(), LocalDate.now(clock));
        }
        return new Scope.Nothing();
    }

    /** The centre a member of reception staff works at, if any is recorded. */
    public Optional<Long> receptionCentre() {
        List<?> rows = em.createNativeQuery("SELECT centre_id FROM centre_staff WHERE username = ?")
                .setParameter(1, currentUser.getName()).getResultList();
        return rows.stream().findFirst().map(value -> ((Number) value).longValue());
    }

    /**
     * Whether the caller may see the child: within their scope, or as a member of the child's case team with a login.
     * <p>
     * Case team (eu.guardian.caseteam): a member whose {@code username} is recorded and whose membership runs today
     * sees the case as their role allows. Only reception staff gain anything by it: they read the file (and its care
     * plan and team) of a child outside their own centre, but change it only at their own centre ({@link #mayChange}).
     * Caseworkers, the authority and auditors see every child anyway. A guardian-role member who is not the appointed
     * guardian gains NOTHING: guardian rights (the file, visits, the child's views, care-plan progress) follow only
     * from a current appointment, never from team membership. Administrators never see children's files.
     */
    public boolean maySee(Child child) {
        return inScope(child) || currentUser.has(Role.RECEPTION) && isOnCaseTeam(child.getId());
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
            return isWardOf(child.getId(), wards);
        }
        return false;
    }

    /** Whether the caller may change the child's file (auditors and guardians read; reception only their centre's). */
    public boolean mayChange(Child child) {
        if (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)) {
            return true;
        }
        return currentUser.has(Role.RECEPTION) && inScope(child);
    }

    /** Whether the caller is on the child's case team today, with their login recorded. */
    private boolean isOnCaseTeam(long childId) {
        LocalDate today = LocalDate.now(clock);
        Number count = (Number) em.createNativeQuery("SELECT COUNT(*) FROM case_team_member WHERE username = ?"
                        + " AND child_id = ? AND from_on <= ? AND (to_on IS NULL OR to_on >= ?)")
                .setParameter(1, currentUser.getName()).setParameter(2, childId)
                .setParameter(3, java.sql.Date.valueOf(today)).setParameter(4, java.sql.Date.valueOf(today))
                .getSingleResult();
        return count.longValue() > 0;
    }

    private boolean isWardOf(long childId, Scope.Wards wards) {
        Long count = em.createQuery("SELECT COUNT(g) FROM Guardianship g WHERE g.child.id = :child"
                        + " AND g.guardian.username = :username AND g.appointedOn <= :today"
                        + " AND (g.endedOn IS NULL OR g.endedOn > :today)", Long.class)
                .setParameter("child", childId).setParameter("username", wards.guardianUsername())
                .setParameter("today", wards.today()).getSingleResult();
        return count > 0;
    }
}
