package eu.guardian.document;

import eu.guardian.document.content.DocumentType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;

/**
 * A file's name is kept only as a label to show (in any script): never used as a path, never trusted for the type.
 * Folders, control and invisible characters are dropped; a download is offered under the label with the extension of
 * the type found in the content (a PNG called "scan.pdf" downloads as "scan.png").
 */
final class DisplayName {

    static final int MAX = 200;
    private static final String FALLBACK = "document";

    private DisplayName() {
    }

    /** The label for a file name as a browser or client sent it (possibly a whole path). */
    static String label(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = Normalizer.normalize(name, Normalizer.Form.NFC);
        StringBuilder kept = new StringBuilder();
        name.codePoints().filter(c -> !Character.isISOControl(c) && Character.getType(c) != Character.FORMAT)
                .map(c -> Character.isWhitespace(c) ? ' ' : c).forEach(kept::appendCodePoint);
        String label = kept.toString().replaceAll(" +", " ").strip().replaceAll("^\\.+", "").strip();
        if (label.codePointCount(0, label.length()) > MAX) {
            label = label.substring(0, label.offsetByCodePoints(0, MAX)).strip();
        }
        return label.isEmpty() ? FALLBACK : label;
    }

    /** The name a download is offered under: the label, with the content's own extension. */
    static String downloadName(String label, DocumentType type) {
        String base = label;
        int dot = label.lastIndexOf('.');
        if (dot > 0 && label.length() - dot <= 6) {
            base = label.substring(0, dot);
        }
        return base + "." + type.extension();
    }

    /**
     * A Content-Disposition value: {@code attachment} (or {@code inline} for the page's viewer) with an ASCII name for
     * old clients and the real one in UTF-8 (RFC 6266 / 5987).
     */
    static String contentDisposition(boolean inline, String fileName) {
        String ascii = fileName.replaceAll("[^A-Za-z0-9._ -]", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return (inline ? "inline" : "attachment") + "; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
