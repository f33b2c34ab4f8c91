package eu.guardian.document.content;

import java.util.Optional;

/**
 * The kinds of file Guardian keeps, as decided from their bytes (never from the name or the browser's claim). Images
 * a browser shows safely are viewed in the page; everything else is downloaded (docs/documents.md, "Types").
 */
public enum DocumentType {
    PDF("application/pdf", "pdf", false, false),
    JPEG("image/jpeg", "jpg", true, true),
    PNG("image/png", "png", true, true),
    WEBP("image/webp", "webp", true, false),
    /** HEIC/HEIF photos (iPhones): no decoder in Java, so neither a thumbnail nor a view in the page. */
    HEIF("image/heif", "heic", false, false),
    TEXT("text/plain; charset=UTF-8", "txt", false, false),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx", false, false),
    ODT("application/vnd.oasis.opendocument.text", "odt", false, false);

    private final String mediaType;
    private final String extension;
    private final boolean viewable;
    private final boolean thumbnailed;

    DocumentType(String mediaType, String extension, boolean viewable, boolean thumbnailed) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.viewable = viewable;
        this.thumbnailed = thumbnailed;
    }

    /** The Content-Type it is served with. */
    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Shown inline in the page's viewer (an image a browser draws and cannot run); else always a download. */
    public boolean viewable() {
        return viewable;
    }

    /** A thumbnail is made on upload (ImageIO decodes it). */
    public boolean thumbnailed() {
        return thumbnailed;
    }

    public boolean isImage() {
        return mediaType.startsWith("image/");
    }

    public static Optional<DocumentType> fromName(String name) {
        for (DocumentType type : values()) {
            if (type.name().equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
