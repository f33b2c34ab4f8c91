package eu.guardian.document.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads an upload once, as it arrives: decides its type from its first bytes (never from its name or the browser's
 * claim), refuses what is not allowed, and writes the cleaned content (metadata removed) to the store. Holds no more
 * of the file than a 64 KiB buffer and one metadata segment; the size limit is enforced while reading.
 */
public final class ContentInspector {

    /** What was kept: the type decided from the content, its cleaned size, and a photo's Exif orientation. */
    public record Inspected(DocumentType type, long size, int orientation) {
    }

    private static final int HEAD = 64;

    private final long maxBytes;

    public ContentInspector(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Copies the cleaned upload to {@code cleaned}; throws {@link RefusedContent} for anything not kept. */
    public Inspected copy(InputStream upload, OutputStream cleaned) throws IOException {
        ByteReader in = new ByteReader(new LimitedInputStream(upload, maxBytes));
        byte[] head = in.peek(HEAD);
        if (head.length == 0) {
            throw new RefusedContent("document.refused.empty");
        }
        CountingOutputStream out = new CountingOutputStream(cleaned);
        int orientation = 1;
        DocumentType type = sniff(head);
        switch (type) {
            case JPEG -> orientation = JpegCleaner.copy(in, out);
            case PNG -> PngCleaner.copy(in, out);
            case WEBP -> WebpCleaner.copy(in, out);
            case HEIF -> HeifCleaner.copy(in, out);
            case PDF -> PdfScan.copy(in, out);
            case TEXT -> TextCheck.copy(in, out);
            case DOCX, ODT -> type = OfficeCheck.copy(in, out);
            default -> throw new IllegalStateException("no handler for " + type);
        }
        drainRest(in);
        return new Inspected(type, out.count(), orientation);
    }

    /**
     * The type the first bytes announce (a ZIP is answered as DOCX until its entries say which); programs and
     * anything unknown are refused here.
     */
    static DocumentType sniff(byte[] head) {
        if (startsWith(head, "%PDF-")) {
            return DocumentType.PDF;
        }
        if (head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF) {
            return DocumentType.JPEG;
        }
        if (JpegCleaner.startsWith(head, PngCleaner.SIGNATURE)) {
            return DocumentType.PNG;
        }
        if (startsWith(head, "RIFF") && head.length >= 12 && ascii(head, 8, 4).equals("WEBP")) {
            return DocumentType.WEBP;
        }
        if (head.length >= 12 && ascii(head, 4, 4).equals("ftyp") && isHeifBrand(ascii(head, 8, 4))) {
            return DocumentType.HEIF;
        }
        if (head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4) {
            return DocumentType.DOCX;
        }
        boolean text = TextCheck.plausible(head);
        if (!text && (startsWith(head, "MZ") || startsWith(head, "\u007fELF")
                || startsWith(head, "\u00ca\u00fe\u00ba\u00be") // Java class
                || startsWith(head, "\u00cf\u00fa\u00ed\u00fe") || startsWith(head, "\u00fe\u00ed\u00fa"))) { // Mach-O
            throw new RefusedContent("document.refused.program");
        }
        if (startsWith(head, "#!")) {
            throw new RefusedContent("document.refused.program");
        }
        if (text) {
            return DocumentType.TEXT;
        }
        throw new RefusedContent("document.refused.type");
    }

    private static boolean isHeifBrand(String brand) {
        return Arrays.asList("heic", "heix", "heim", "heis", "hevc", "hevx", "mif1", "msf1").contains(brand);
    }

    /** The cleaners stop at the end of the image; what follows it is read (counted against the limit) and dropped. */
    private static void drainRest(ByteReader in) throws IOException {
        in.copyToEnd(OutputStream.nullOutputStream());
    }

    private static boolean startsWith(byte[] head, String prefix) {
        return JpegCleaner.startsWith(head, prefix.getBytes(StandardCharsets.ISO_8859_1));
    }

    private static String ascii(byte[] bytes, int offset, int length) {
        return new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
    }

    private static final class CountingOutputStream extends java.io.FilterOutputStream {
        private long count;

        CountingOutputStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }

        long count() {
            return count;
        }
    }
}
