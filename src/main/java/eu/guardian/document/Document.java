package eu.guardian.document;

import eu.guardian.document.content.DocumentType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The record of a document on a child's file: what it is, where it belongs, who added it, and its file key wrapped by
 * a master key. The content itself is in encrypted chunks ({@code document_chunk}). Deleting or erasing removes the
 * content; this record stays (docs/documents.md).
 */
@Entity
@Table(name = "document")
public class Document {

    /** Replaces the label when the case is anonymised: a file name may name the child. */
    public static final String ERASED_LABEL = "—";

    @Id
    @TableGenerator(name = "document_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "document", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "document_id")
    private Long id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "attached_to", nullable = false, updatable = false)
    private AttachedTo attachedTo;

    @Column(name = "attached_id", nullable = false, updatable = false)
    private long attachedId;

    @Enumerated(EnumType.STRING)
    @Column(name = "category", nullable = false)
    private DocumentCategory category;

    @Column(name = "label", nullable = false)
    private String label;

    @Enumerated(EnumType.STRING)
    @Column(name = "content_type", nullable = false)
    private DocumentType type;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "chunk_count", nullable = false)
    private int chunkCount;

    @Column(name = "orientation", nullable = false)
    private int orientation;

    @Column(name = "has_thumbnail", nullable = false)
    private boolean thumbnail;

    @Column(name = "key_id", nullable = false)
    private String keyId;

    @Column(name = "wrapped_key", nullable = false)
    private byte[] wrappedKey;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private DocumentStatus status;

    @Column(name = "uploaded_by", nullable = false, updatable = false)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false, updatable = false)
    private Instant uploadedAt;

    @Column(name = "removed_by")
    private String removedBy;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "removal_reason")
    private String removalReason;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Document() {
        // for JPA
    }

    /** A document whose content is about to arrive; invisible until {@link #stored}. */
    public Document(long childId, AttachedTo attachedTo, long attachedId, DocumentCategory category, String label,
            String uploadedBy, Instant uploadedAt) {
        this.childId = childId;
        this.attachedTo = Objects.requireNonNull(attachedTo);
        this.attachedId = attachedId;
        this.category = Objects.requireNonNull(category);
        this.label = Objects.requireNonNull(label);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
        this.status = DocumentStatus.UPLOADING;
        this.type = DocumentType.PDF; // decided from the content when it has arrived
        this.orientation = 1;
    }

    /** The file key, wrapped by the master key {@code keyId} (done once the id is known: the wrap is bound to it). */
    void keyWrapped(String keyId, byte[] wrappedKey) {
        this.keyId = Objects.requireNonNull(keyId);
        this.wrappedKey = wrappedKey.clone();
    }

    void stored(DocumentType type, long size, int chunkCount, int orientation, boolean thumbnail) {
        if (status != DocumentStatus.UPLOADING) {
            throw new IllegalStateException("Document " + id + " is " + status);
        }
        this.type = Objects.requireNonNull(type);
        this.size = size;
        this.chunkCount = chunkCount;
        this.orientation = orientation;
        this.thumbnail = thumbnail;
        this.status = DocumentStatus.STORED;
    }

    void removed(String by, Instant at, String reason) {
        this.status = DocumentStatus.DELETED;
        this.removedBy = by;
        this.removedAt = at;
        this.removalReason = reason;
    }

    /** Rotation: the same file key under another master key (the content is not touched). */
    void rewrapped(String newKeyId, byte[] newWrappedKey) {
        keyWrapped(newKeyId, newWrappedKey);
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public AttachedTo getAttachedTo() {
        return attachedTo;
    }

    public long getAttachedId() {
        return attachedId;
    }

    public DocumentCategory getCategory() {
        return category;
    }

    public String getLabel() {
        return label;
    }

    public DocumentType getType() {
        return type;
    }

    public long getSize() {
        return size;
    }

    public int getChunkCount() {
        return chunkCount;
    }

    public int getOrientation() {
        return orientation;
    }

    public boolean hasThumbnail() {
        return thumbnail;
    }

    public String getKeyId() {
        return keyId;
    }

    byte[] wrappedKey() {
        return wrappedKey.clone();
    }

    public DocumentStatus getStatus() {
        return status;
    }

    public String getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }

    public Optional<String> removedBy() {
        return Optional.ofNullable(removedBy);
    }

    public Optional<Instant> removedAt() {
        return Optional.ofNullable(removedAt);
    }

    public Optional<String> removalReason() {
        return Optional.ofNullable(removalReason);
    }

    public long getVersion() {
        return version;
    }
}
