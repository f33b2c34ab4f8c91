package eu.guardian.document;

import eu.guardian.platform.jobs.OncePerSlot;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Uploads a server did not finish (it stopped in the middle, say) leave an invisible record and some chunks: every
 * hour, those older than a few hours are removed, a bounded batch at a time. Safe on several servers at once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(OncePerSlot.class) // once per run in a cluster (docs/cluster.md#jobs)
public class UploadCleanup {

    private static final Duration ABANDONED_AFTER = Duration.ofHours(6);
    private static final int BATCH = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentStore store;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "23", persistent = false)
    void removeAbandonedUploads() {
        @SuppressWarnings("unchecked")
        List<Number> abandoned = em.createNativeQuery("SELECT id FROM document WHERE status = 'UPLOADING'"
                        + " AND uploaded_at < ? ORDER BY uploaded_at LIMIT " + BATCH)
                .setParameter(1, Timestamp.from(clock.instant().minus(ABANDONED_AFTER))).getResultList();
        abandoned.forEach(id -> store.discard(id.longValue()));
    }
}
