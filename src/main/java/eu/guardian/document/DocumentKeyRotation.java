package eu.guardian.document;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.document.storage.DocumentCrypto;
import eu.guardian.document.storage.MasterKey;
import eu.guardian.security.Role;
import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rotating the documents' master key (docs/documents.md, "Rotating the master key"): once the new key is configured as
 * current and the old one as retired, the administrator re-wraps every file key still wrapped by a retired key. Only
 * the wrapped keys change (60 bytes per file): no file is decrypted or re-encrypted. Batches of a few hundred per
 * transaction, so a national archive re-wraps without one long lock; safe to run again, and on several servers.
 */
@Stateless
public class DocumentKeyRotation {

    static final int BATCH = 500;

    /** How many file keys each master key wraps now, and how many this run re-wrapped. */
    public record KeyReport(String currentKeyId, int rewrapped, Map<String, Long> filesByKey) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentKeys keys;

    @Inject
    AuditTrail audit;

    @Resource
    SessionContext context;

    @RolesAllowed(Role.Names.ADMIN)
    public KeyReport report() {
        return new KeyReport(keys.current().id(), 0, filesByKey());
    }

    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public KeyReport rewrapAll() {
        DocumentKeyRotation self = context.getBusinessObject(DocumentKeyRotation.class);
        int total = 0;
        int done;
        do {
            done = self.rewrapBatch();
            total += done;
        } while (done == BATCH);
        return new KeyReport(keys.current().id(), total, self.filesByKey());
    }

    /** One batch of stored files whose key a retired (configured) master key wraps, re-wrapped under the current. */
    @RolesAllowed(Role.Names.ADMIN)
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int rewrapBatch() {
        MasterKey current = keys.current();
        List<String> retired = filesByKey().keySet().stream()
                .filter(id -> !id.equals(current.id()) && keys.find(id).isPresent()).toList();
        if (retired.isEmpty()) {
            return 0;
        }
        List<Document> batch = em.createQuery("SELECT d FROM Document d WHERE d.status = :stored"
                        + " AND d.keyId IN :retired ORDER BY d.id", Document.class)
                .setParameter("stored", DocumentStatus.STORED).setParameter("retired", retired)
                .setMaxResults(BATCH).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultList();
        for (Document document : batch) {
            MasterKey old = keys.find(document.getKeyId()).orElseThrow();
            document.rewrapped(current.id(), DocumentCrypto.wrap(current, document.getId(),
                    DocumentCrypto.unwrap(old, document.getId(), document.wrappedKey())));
        }
        if (!batch.isEmpty()) {
            audit.record(AuditAction.UPDATE, "DocumentKeys", current.id(), Optional.empty(), Changes.none()
                    .note("rewrapped", batch.size()).note("from", String.join(",", retired)));
        }
        return batch.size();
    }

    /** Stored files per master key id (a key named here but not configured would leave its files unreadable). */
    @RolesAllowed(Role.Names.ADMIN)
    public Map<String, Long> filesByKey() {
        Map<String, Long> counts = new LinkedHashMap<>();
        em.createQuery("SELECT d.keyId, COUNT(d) FROM Document d WHERE d.status = :stored GROUP BY d.keyId"
                        + " ORDER BY d.keyId", Object[].class).setParameter("stored", DocumentStatus.STORED)
                .getResultList().forEach(row -> counts.put((String) row[0], ((Number) row[1]).longValue()));
        return counts;
    }
}
