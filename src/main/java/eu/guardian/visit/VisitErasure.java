package eu.guardian.visit;

import eu.guardian.child.CaseAnonymised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * At the end of retention visits keep their dates, modes, durations and topics (the contact statistics); the child's
 * own words and every note about the child go, and so do concerns' descriptions and outcomes.
 */
@ApplicationScoped
public class VisitErasure {

    private static final List<String> STATEMENTS = List.of(
            "UPDATE visit SET place = NULL, present = NULL, child_views = NULL, wellbeing_notes = NULL, notes = NULL"
                    + " WHERE child_id = ?",
            "UPDATE visit_addendum SET text = '—' WHERE visit_id IN (SELECT id FROM visit WHERE child_id = ?)",
            "UPDATE visit_follow_up SET action = '—' WHERE child_id = ?",
            "UPDATE concern SET description = '—', outcome = NULL WHERE child_id = ?");

    @PersistenceContext
    EntityManager em;

    void erase(@Observes CaseAnonymised anonymised) {
        STATEMENTS.forEach(sql -> em.createNativeQuery(sql).setParameter(1, anonymised.childId()).executeUpdate());
    }
}
