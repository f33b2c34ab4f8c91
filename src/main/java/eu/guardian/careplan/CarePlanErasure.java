package eu.guardian.careplan;

import eu.guardian.child.CaseAnonymised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** At the end of retention the care plan keeps its types, dates and statuses; outcomes (free text) go. */
@ApplicationScoped
public class CarePlanErasure {

    @PersistenceContext
    EntityManager em;

    void erase(@Observes CaseAnonymised anonymised) {
        em.createNativeQuery("UPDATE care_plan_item SET outcome = NULL WHERE child_id = ?")
                .setParameter(1, anonymised.childId()).executeUpdate();
    }
}
