package eu.guardian.document;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.validation.Checks;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Documents chosen for a handover package (protection's cross-border handover, docs/documents.md, "Handover"): only
 * the file's own documents, never health documents, never those of a category the caller withholds (the parts of the
 * file marked "not for sharing"); consent and the firewall are the handover's own checks.
 */
@Stateless
public class DocumentSharing {

    static final int MAX_CHOSEN = 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentOwners owners;

    @Inject
    AuditTrail audit;

    /** The file's documents a package may carry, newest first (the choice offered on the page). */
    @RolesAllowed(Role.Names.CASEWORKER)
    public List<DocumentRecord> sharable(long childId, Set<DocumentCategory> withheld) {
        DocumentOwners.Owner owner = owners.visible(AttachedRecord.fileOf(childId));
        List<DocumentRecord> documents = em.createQuery("SELECT d FROM Document d WHERE d.attachedTo = :file"
                        + " AND d.attachedId = :child AND d.status = :stored ORDER BY d.uploadedAt DESC, d.id DESC",
                        Document.class).setParameter("file", AttachedTo.FILE).setParameter("child", childId)
                .setParameter("stored", DocumentStatus.STORED).setMaxResults(100).getResultList().stream()
                .filter(d -> sharable(d.getCategory(), withheld)).map(d -> DocumentRecord.of(d, false)).toList();
        audit.record(AuditAction.READ, "DocumentList", AttachedTo.FILE + ":" + childId, Optional.of(owner.childId()),
                Changes.none().note("documents", documents.size()).note("for", "handover"));
        return documents;
    }

    /**
     * The chosen documents, each checked: the child's own file document, stored, and sharable; otherwise field
     * {@code attachmentIds} names what is wrong.
     */
    @RolesAllowed(Role.Names.CASEWORKER)
    public List<DocumentRecord> chosen(long childId, List<Long> ids, Set<DocumentCategory> withheld) {
        Set<Long> unique = new LinkedHashSet<>(Optional.ofNullable(ids).orElse(List.of()));
        Checks checks = new Checks().that(unique.size() <= MAX_CHOSEN, "attachmentIds", "document.handover.tooMany",
                MAX_CHOSEN);
        List<DocumentRecord> chosen = new ArrayList<>();
        for (Long id : unique) {
            Document document = id == null ? null : em.find(Document.class, id);
            boolean own = document != null && document.getStatus() == DocumentStatus.STORED
                    && document.getAttachedTo() == AttachedTo.FILE && document.getChildId() == childId;
            checks.that(own, "attachmentIds", "document.handover.unknown", String.valueOf(id));
            if (own) {
                checks.that(sharable(document.getCategory(), withheld), "attachmentIds",
                        "document.handover.notSharable", document.getLabel());
                chosen.add(DocumentRecord.of(document, false));
            }
        }
        checks.throwIfAny();
        return chosen;
    }

    private static boolean sharable(DocumentCategory category, Set<DocumentCategory> withheld) {
        return category != DocumentCategory.HEALTH && !withheld.contains(category);
    }
}
