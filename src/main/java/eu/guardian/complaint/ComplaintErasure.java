package eu.guardian.complaint;

import eu.guardian.child.CaseAnonymised;
import eu.guardian.child.Child;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** At the end of retention a complaint keeps its reference, subject, dates and outcome; its texts go. */
@ApplicationScoped
public class ComplaintErasure {

    @PersistenceContext
    EntityManager em;

    void erase(@Observes CaseAnonymised anonymised) {
        em.createNativeQuery("UPDATE complaint SET description = ?, outcome_text = NULL WHERE child_id = ?")
                .setParameter(1, Child.ANONYMISED).setParameter(2, anonymised.childId())
                .executeUpdate();
    }
}
