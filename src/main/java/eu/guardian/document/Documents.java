package eu.guardian.document;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.audit.RefusedAccess;
import eu.guardian.document.content.ContentInspector;
import eu.guardian.document.content.DocumentType;
import eu.guardian.document.content.PdfCheck;
import eu.guardian.document.content.RefusedContent;
import eu.guardian.document.content.Thumbnails;
import eu.guardian.document.storage.DocumentCrypto;
import eu.guardian.document.storage.EncryptingChunkWriter;
import eu.guardian.document.storage.StoredFile;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Documents and photos on a child's file and its records (docs/documents.md): added by those who may change the
 * record, seen by those who may see it (health documents by fewer), every view and download recorded as a read in the
 * audit trail, deleted with a reason (the content goes, the record stays). Uploads stream through the checks into
 * encrypted chunks; downloads stream back out of them.
 */
@Stateless
public class Documents {

    static final int REASON_MAX = 500;
    private static final long MEGABYTE = 1024L * 1024;

    @PersistenceContext
    EntityManager em;

    @Inject
    DocumentOwners owners;

    @Inject
    DocumentStore store;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    RefusedAccess refusals;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** A document's content to stream, with what to say about it. */
    public record Download(DocumentRecord document, StoredFile content) {

        /** The headers of a download: its type with nosniff, as an attachment, not cached, running nothing. */
        public java.util.Map<String, String> headers() {
            return DownloadHeaders.of(document, false);
        }
    }

    /**
     * Adds a document to a record. Outside any transaction: each storage step takes its own short one, and nothing
     * of a refused or broken-off upload is kept (a bad category or a refused file answer field "file" in the user's
     * language).
     */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public DocumentRecord upload(AttachedRecord record, String category, String fileName, InputStream content) {
        Checks checks = new Checks().required("category", category);
        Optional<DocumentCategory> chosen = checks.choice(DocumentCategory.class, "category", category);
        checks.throwIfAny();
        DocumentOwners.Owner owner = owners.changeable(record, chosen.get());
        DocumentStore.Begun begun = store.begin(new Document(owner.childId(), record.kind(), record.id(),
                chosen.get(), DisplayName.label(fileName), currentUser.getName(), clock.instant()));
        try {
            EncryptingChunkWriter writer = new EncryptingChunkWriter(
                    (chunkNo, sealed) -> store.appendChunk(begun.id(), chunkNo, sealed), begun.fileKey(), begun.id());
            ContentInspector.Inspected inspected = new ContentInspector(maxBytes()).copy(content, writer);
            writer.close();
            StoredFile stored = storedFile(begun.id(), begun.fileKey(), inspected.size(), writer.chunkCount());
            if (inspected.type() == DocumentType.PDF) {
                PdfCheck.check(stored);
            }
            Optional<byte[]> thumbnail = inspected.type().thumbnailed()
                    ? Thumbnails.of(stored, inspected.orientation())
                            .map(small -> DocumentCrypto.sealThumbnail(begun.fileKey(), begun.id(), small))
                    : Optional.empty();
            return DocumentRecord.of(store.finish(begun.id(), inspected, writer.chunkCount(), thumbnail), true);
        } catch (RefusedContent refused) {
            store.discard(begun.id());
            throw new InvalidInput("file", refused.messageKey(), refused.arguments().toArray());
        } catch (IOException broken) {
            store.discard(begun.id());
            throw new InvalidInput("file", "document.refused.interrupted");
        } catch (RuntimeException | Error failure) {
            store.discard(begun.id());
            throw failure;
        }
    }

    /** The largest upload accepted now (a setting). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public long maxBytes() {
        return settings.value(SettingKey.DOCUMENT_MAX_MEGABYTES) * MEGABYTE;
    }

    /**
     * The record's documents the caller may see, newest first, paged in the database ({@code removed}: the deleted
     * and erased ones instead, whose records stay). The read is recorded.
     */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public Page<DocumentRecord> list(AttachedRecord record, Optional<String> category, boolean removed, int page,
            int size) {
        Checks checks = new Checks();
        Optional<DocumentCategory> only = category.flatMap(c -> checks.choice(DocumentCategory.class, "category", c));
        checks.throwIfAny();
        DocumentOwners.Owner owner = owners.visible(record);
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        List<Document> rows = query(Document.class, "d", owner, only, removed)
                .setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList();
        long total = query(Long.class, "COUNT(d)", owner, only, removed).getSingleResult();
        List<DocumentRecord> items = rows.stream().map(d -> DocumentRecord.of(d, owner.mayAdd())).toList();
        audit.record(AuditAction.READ, "DocumentList", record.kind() + ":" + record.id(),
                Optional.of(owner.childId()), Changes.none().note("page", pageNumber).note("documents", items.size()));
        return new Page<>(items, Math.min(total, Page.COUNT_LIMIT), pageNumber, pageSize);
    }

    /** How many documents {@link #list} would list (for a table's pages; not itself a read of any document). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public long count(AttachedRecord record, boolean removed) {
        return Math.min(query(Long.class, "COUNT(d)", owners.visible(record), Optional.empty(), removed)
                .getSingleResult(), Page.COUNT_LIMIT);
    }

    /** The record's documents the owner's caller may see: current or removed, perhaps of one category. */
    private <T> TypedQuery<T> query(Class<T> type, String select, DocumentOwners.Owner owner,
            Optional<DocumentCategory> only, boolean removed) {
        String where = " WHERE d.attachedTo = :kind AND d.attachedId = :id AND d.status IN :statuses"
                + (owner.maySeeHealth() ? "" : " AND d.category <> :health")
                + (only.isPresent() ? " AND d.category = :only" : "");
        TypedQuery<T> query = em.createQuery("SELECT " + select + " FROM Document d" + where
                + (type == Document.class ? " ORDER BY d.uploadedAt DESC, d.id DESC" : ""), type)
                .setParameter("kind", owner.record().kind()).setParameter("id", owner.record().id())
                .setParameter("statuses", removed ? List.of(DocumentStatus.DELETED, DocumentStatus.ERASED)
                        : List.of(DocumentStatus.STORED));
        if (!owner.maySeeHealth()) {
            query.setParameter("health", DocumentCategory.HEALTH);
        }
        only.ifPresent(c -> query.setParameter("only", c));
        return query;
    }

    /** Whether the caller may add documents to the record (for pages; the upload decides again). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public Optional<DocumentOwners.Owner> owner(AttachedRecord record) {
        try {
            return Optional.of(owners.visible(record));
        } catch (NotFound notFound) {
            return Optional.empty();
        }
    }

    /** A document's content, if the caller may see it; the download (or view) is recorded as a read. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public Download open(long documentId) {
        Document document = visibleDocument(documentId);
        audit.record(AuditAction.READ, "Document", documentId, Optional.of(document.getChildId()), Changes.none()
                .note("category", document.getCategory()));
        return new Download(DocumentRecord.of(document, false), storedFile(documentId, store.fileKey(document),
                document.getSize(), document.getChunkCount()));
    }

    /** A photo's thumbnail, if the caller may see the photo; recorded as a read like the photo itself. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public byte[] thumbnail(long documentId) {
        Document document = visibleDocument(documentId);
        byte[] sealed = store.sealedThumbnail(documentId).orElseThrow(() -> new NotFound("Thumbnail " + documentId));
        audit.record(AuditAction.READ, "DocumentThumbnail", documentId, Optional.of(document.getChildId()),
                Changes.none());
        return DocumentCrypto.openThumbnail(store.fileKey(document), documentId, sealed);
    }

    /** Deletes a document with a reason: its content goes, the record of it (who, when, why) stays. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    public DocumentRecord delete(long documentId, String reason) {
        new Checks().required("reason", reason).maxLength("reason", reason, REASON_MAX).throwIfAny();
        Document document = visibleDocument(documentId);
        owners.changeable(new AttachedRecord(document.getAttachedTo(), document.getAttachedId()),
                document.getCategory());
        em.lock(document, LockModeType.PESSIMISTIC_WRITE);
        if (document.getStatus() != DocumentStatus.STORED) {
            throw new NotFound("Document " + documentId);
        }
        document.removed(currentUser.getName(), clock.instant(), reason.strip());
        store.removeContent(documentId);
        audit.record(AuditAction.UPDATE, "Document", documentId, Optional.of(document.getChildId()), Changes.none()
                .field("status", DocumentStatus.STORED, DocumentStatus.DELETED)
                .identifying("removalReason", null, reason));
        return DocumentRecord.of(document, false);
    }

    /**
     * A stored document the caller may see: "not found" for one that does not exist, was deleted, belongs to a
     * record they may not see, or is a health document they may not see (that refusal is noted for the trail).
     */
    private Document visibleDocument(long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null || document.getStatus() != DocumentStatus.STORED) {
            throw new NotFound("Document " + documentId);
        }
        DocumentOwners.Owner owner = owners.visible(new AttachedRecord(document.getAttachedTo(),
                document.getAttachedId()));
        if (document.getCategory() == DocumentCategory.HEALTH && !owner.maySeeHealth()) {
            refusals.childRefused(document.getChildId(), "READ");
            throw new NotFound("Document " + documentId);
        }
        return document;
    }

    private StoredFile storedFile(long documentId, SecretKey fileKey, long size, int chunkCount) {
        return new StoredFile(chunkNo -> store.chunk(documentId, chunkNo), fileKey, documentId, size, chunkCount);
    }
}
