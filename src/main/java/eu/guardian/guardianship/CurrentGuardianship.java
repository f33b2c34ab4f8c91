package eu.guardian.guardianship;

import eu.guardian.child.CurrentGuardians;
import eu.guardian.platform.persistence.SqlFragment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.LocalDate;

/**
 * The one statement of "current guardianship": appointed on or before the day and not ended by it (the day it ends is
 * no longer the guardian's; see {@link Guardianship#isActiveOn}). Every query about a child's current guardian, in any
 * capability, takes its condition from here; {@link eu.guardian.child.ChildAccess} asks through
 * {@link CurrentGuardians}.
 */
@ApplicationScoped
public class CurrentGuardianship implements CurrentGuardians {

    @PersistenceContext
    EntityManager em;

    /** SQL condition on the guardianship table under {@code alias}: current on the day. */
    public static SqlFragment onDay(String alias, LocalDate day) {
        Date date = Date.valueOf(day);
        return SqlFragment.of("(" + alias + ".appointed_on <= ? AND (" + alias + ".ended_on IS NULL OR " + alias
                + ".ended_on > ?))", date, date);
    }

    /** JPQL condition on a {@link Guardianship} under {@code alias}: current on the parameter {@code :day}. */
    public static String jpql(String alias) {
        return "(" + alias + ".appointedOn <= :day AND (" + alias + ".endedOn IS NULL OR " + alias + ".endedOn > :day))";
    }

    /**
     * JPQL condition: the guardianship has not ended yet — the ones to end when a case closes, a child turns 18 or a
     * guardian is changed. Rights (seeing, working on, being alerted) follow {@link #jpql} instead.
     */
    public static String notEndedJpql(String alias) {
        return alias + ".endedOn IS NULL";
    }

    @Override
    public boolean isCurrentGuardian(long childId, String username, LocalDate day) {
        return em.createQuery("SELECT COUNT(g) FROM Guardianship g WHERE g.child.id = :child"
                        + " AND g.guardian.username = :username AND " + jpql("g"), Long.class)
                .setParameter("child", childId).setParameter("username", username).setParameter("day", day)
                .getSingleResult() > 0;
    }

    @Override
    public SqlFragment wardOfUser(String childIdColumn, String username, LocalDate day) {
        SqlFragment current = onDay("cg", day);
        return new SqlFragment("EXISTS (SELECT 1 FROM guardianship cg JOIN guardian cgu ON cgu.id = cg.guardian_id"
                + " WHERE cg.child_id = " + childIdColumn + " AND cgu.username = ? AND " + current.sql() + ")",
                prepend(username, current));
    }

    @Override
    public SqlFragment wardOfGuardian(String childIdColumn, long guardianId, LocalDate day) {
        SqlFragment current = onDay("cg", day);
        return new SqlFragment("EXISTS (SELECT 1 FROM guardianship cg WHERE cg.child_id = " + childIdColumn
                + " AND cg.guardian_id = ? AND " + current.sql() + ")", prepend(guardianId, current));
    }

    @Override
    public SqlFragment nameOfGuardian(String childIdColumn, LocalDate day) {
        SqlFragment current = onDay("cg", day);
        return new SqlFragment("(SELECT cgu.name FROM guardianship cg JOIN guardian cgu ON cgu.id = cg.guardian_id"
                + " WHERE cg.child_id = " + childIdColumn + " AND " + current.sql()
                + " ORDER BY cg.kind = 'FULL' DESC LIMIT 1)", current.parameters());
    }

    private static java.util.List<Object> prepend(Object first, SqlFragment rest) {
        java.util.List<Object> parameters = new java.util.ArrayList<>();
        parameters.add(first);
        parameters.addAll(rest.parameters());
        return parameters;
    }
}
