package eu.guardian.guardianship;

import eu.guardian.child.CaseAnonymised;
import eu.guardian.child.Child;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * At the end of retention the guardianship history keeps who, when, which kind and why it ended; the notes at its end
 * and the written justification of an overridden rule (free text that may name the child) go.
 */
@ApplicationScoped
public class GuardianshipErasure {

    @PersistenceContext
    EntityManager em;

    void erase(@Observes CaseAnonymised anonymised) {
        em.createNativeQuery("UPDATE guardianship SET end_note = NULL, override_justification = CASE WHEN"
                        + " override_justification IS NULL THEN NULL ELSE ? END WHERE child_id = ?")
                .setParameter(1, Child.ANONYMISED).setParameter(2, anonymised.childId()).executeUpdate();
        em.createNativeQuery("UPDATE adulthood_transition SET plan_summary = CASE WHEN plan_summary IS NULL THEN NULL"
                        + " ELSE ? END, handed_over = CASE WHEN handed_over IS NULL THEN NULL ELSE ? END,"
                        + " after_care_contact = NULL, consent_note = NULL WHERE child_id = ?")
                .setParameter(1, Child.ANONYMISED).setParameter(2, Child.ANONYMISED)
                .setParameter(3, anonymised.childId()).executeUpdate();
    }
}
