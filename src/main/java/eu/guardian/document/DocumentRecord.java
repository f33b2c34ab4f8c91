package eu.guardian.document;

import eu.guardian.document.content.DocumentType;
import java.io.Serializable;
import java.time.Instant;

/**
 * A document as shown and answered by the API: what and whose it is, never its content. {@code fileName} is the name a
 * download is offered under; {@code mayDelete} says whether the caller may delete it (the service decides again).
 */
public record DocumentRecord(long id, long childId, AttachedTo attachedTo, long attachedId,
        DocumentCategory category, String label, String fileName, DocumentType type, String mediaType, long size,
        boolean viewable, boolean thumbnail, String uploadedBy, Instant uploadedAt, DocumentStatus status,
        String removedBy, Instant removedAt, String removalReason, boolean mayDelete) implements Serializable {

    private static final long serialVersionUID = 1L;

    static DocumentRecord of(Document document, boolean mayDelete) {
        boolean stored = document.getStatus() == DocumentStatus.STORED;
        return new DocumentRecord(document.getId(), document.getChildId(), document.getAttachedTo(),
                document.getAttachedId(), document.getCategory(), document.getLabel(),
                DisplayName.downloadName(document.getLabel(), document.getType()), document.getType(),
                document.getType().mediaType(), document.getSize(), stored && document.getType().viewable(),
                stored && document.hasThumbnail(), document.getUploadedBy(), document.getUploadedAt(),
                document.getStatus(), document.removedBy().orElse(null), document.removedAt().orElse(null),
                document.removalReason().orElse(null), stored && mayDelete);
    }

    /** The size for people: "840 KB", "12.5 MB". */
    public String sizeText() {
        if (size < 1024 * 1024) {
            return Math.max(1, (size + 1023) / 1024) + " KB";
        }
        return String.format(java.util.Locale.ROOT, "%.1f MB", size / (1024.0 * 1024.0));
    }
}
