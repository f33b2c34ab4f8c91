package eu.guardian.document;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The headers every document answer carries, from the page servlet and the API alike: the type found in the content
 * (never the uploader's claim) with {@code nosniff}, so a browser never guesses another; {@code attachment} unless an
 * image is shown in the page's viewer; no caching of a child's documents; and a policy that lets the answer run
 * nothing, even if it is opened on its own.
 */
final class DownloadHeaders {

    private DownloadHeaders() {
    }

    static Map<String, String> of(DocumentRecord document, boolean inline) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", document.mediaType());
        headers.put("Content-Disposition", DisplayName.contentDisposition(inline && document.viewable(),
                document.fileName()));
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
        headers.put("Content-Security-Policy", "default-src 'none'; sandbox");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        return headers;
    }

    static Map<String, String> ofThumbnail() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "image/jpeg");
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("Cache-Control", "no-store");
        headers.put("Content-Security-Policy", "default-src 'none'; sandbox");
        headers.put("Cross-Origin-Resource-Policy", "same-origin");
        return headers;
    }
}
