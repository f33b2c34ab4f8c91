package eu.guardian.assessment;

import eu.guardian.child.CaseAnonymised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * At the end of retention assessments and determinations keep their workflow (who, when, status, decision type);
 * every text that describes the child (findings, the child's views, reasons) goes.
 */
@ApplicationScoped
public class AssessmentErasure {

    private static final List<String> STATEMENTS = List.of(
            "UPDATE bia SET views_weighing = NULL, not_heard_reason = NULL, recommendations = NULL,"
                    + " return_comment = NULL, interpreter = NULL WHERE child_id = ?",
            "UPDATE bia_section SET findings = NULL, sources = NULL WHERE bia_id IN"
                    + " (SELECT id FROM bia WHERE child_id = ?)",
            "UPDATE bia_evidence SET label = '—' WHERE bia_id IN (SELECT id FROM bia WHERE child_id = ?)",
            "UPDATE bia_event SET comment = NULL WHERE bia_id IN (SELECT id FROM bia WHERE child_id = ?)",
            "UPDATE bid SET proposal = '—', decision = NULL, conditions = NULL WHERE child_id = ?",
            "UPDATE bid_member SET reasons = NULL WHERE bid_id IN (SELECT id FROM bid WHERE child_id = ?)");

    @PersistenceContext
    EntityManager em;

    void erase(@Observes CaseAnonymised anonymised) {
        STATEMENTS.forEach(sql -> em.createNativeQuery(sql).setParameter(1, anonymised.childId()).executeUpdate());
    }
}
