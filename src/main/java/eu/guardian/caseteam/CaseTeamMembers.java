package eu.guardian.caseteam;

import eu.guardian.child.CaseTeamMembership;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;

/**
 * Membership as the case team records it: a member with a login whose membership runs on the day (from and to both
 * included). What membership grants is decided by {@link eu.guardian.child.ChildAccess}, not here.
 */
@ApplicationScoped
public class CaseTeamMembers implements CaseTeamMembership {

    @PersistenceContext
    EntityManager em;

    @Override
    public boolean isMember(long childId, String username, LocalDate day) {
        return em.createQuery("SELECT COUNT(m) FROM CaseTeamMember m WHERE m.childId = :child"
                        + " AND m.username = :username AND m.fromOn <= :day AND (m.toOn IS NULL OR m.toOn >= :day)",
                        Long.class)
                .setParameter("child", childId).setParameter("username", username).setParameter("day", day)
                .getSingleResult() > 0;
    }
}
