package eu.guardian.protection;

import eu.guardian.child.CaseAnonymised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * At the end of retention protection records keep their facts for statistics (screening results, missing episodes'
 * times, referral statuses); descriptions of the child, the family and places go, and so does every handover
 * package (it holds the whole file).
 */
@ApplicationScoped
public class ProtectionErasure {

    private static final List<String> STATEMENTS = List.of(
            "UPDATE trafficking_screening SET override_reason = CASE WHEN override_reason IS NULL THEN NULL"
                    + " ELSE '—' END WHERE child_id = ?",
            "UPDATE screening_answer SET note = NULL WHERE screening_id IN"
                    + " (SELECT id FROM trafficking_screening WHERE child_id = ?)",
            "UPDATE nrm_referral SET outcome_note = NULL WHERE child_id = ?",
            "UPDATE missing_episode SET last_seen_place = '—', last_seen_wearing = NULL, last_seen_with = NULL,"
                    + " returned_place = NULL, returned_how = NULL, debrief = NULL WHERE child_id = ?",
            "UPDATE agency_referral SET purpose = '—', answer_note = NULL, outcome = NULL WHERE child_id = ?",
            "UPDATE tracing_update SET note = '—' WHERE request_id IN (SELECT id FROM tracing_request WHERE child_id = ?)",
            "UPDATE tracing_request SET relatives = '—' WHERE child_id = ?",
            "UPDATE not_for_sharing SET reason = NULL WHERE child_id = ?",
            "UPDATE handover SET purpose_note = NULL, package_json = '{}' WHERE child_id = ?",
            "UPDATE disclosure_approval SET decision_note = NULL WHERE child_id = ?");

    @PersistenceContext
    EntityManager em;

    void erase(@Observes CaseAnonymised anonymised) {
        STATEMENTS.forEach(sql -> em.createNativeQuery(sql).setParameter(1, anonymised.childId()).executeUpdate());
    }
}
