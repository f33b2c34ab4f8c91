package eu.guardian.document;

import eu.guardian.child.CaseAnonymised;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import jakarta.inject.Inject;

/**
 * At the end of retention a case's documents go: their content (chunks, thumbnails), their labels (a file name may
 * name the child) and their keys; the records stay with category, type, size and dates, marked erased. A case under
 * legal hold is never anonymised, so its documents stay (docs/documents.md, "Retention").
 */
@ApplicationScoped
public class DocumentErasure {

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    void erase(@Observes CaseAnonymised anonymised) {
        long childId = anonymised.childId();
        em.createNativeQuery("DELETE FROM document_chunk WHERE document_id IN (SELECT id FROM document WHERE"
                + " child_id = ?)").setParameter(1, childId).executeUpdate();
        em.createNativeQuery("DELETE FROM document_thumbnail WHERE document_id IN (SELECT id FROM document WHERE"
                + " child_id = ?)").setParameter(1, childId).executeUpdate();
        em.createNativeQuery("UPDATE document SET label = ?, removal_reason = NULL, wrapped_key = ?,"
                        + " has_thumbnail = FALSE, status = 'ERASED', removed_by = 'retention',"
                        + " removed_at = COALESCE(removed_at, ?), version = version + 1 WHERE child_id = ?")
                .setParameter(1, Document.ERASED_LABEL).setParameter(2, new byte[0])
                .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, childId).executeUpdate();
    }
}
