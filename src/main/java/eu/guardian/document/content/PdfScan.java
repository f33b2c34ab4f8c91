package eu.guardian.document.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * The first of two looks at a PDF, while it streams in: its raw bytes are searched for the names of active content
 * (JavaScript, embedded files, launch actions, rich media). Only long names are searched here, where a chance match in
 * compressed data is practically impossible; names hidden in compressed object streams or spelled with #-escapes are
 * found by the second look, the parsed structure ({@link PdfCheck}), once the file is stored.
 */
final class PdfScan {

    private static final byte[][] SCRIPT = {bytes("/JavaScript")};
    private static final byte[][] EMBEDDED = {bytes("/EmbeddedFile"), bytes("/Launch"), bytes("/RichMedia")};
    private static final int CARRY = 16;

    private PdfScan() {
    }

    static void copy(ByteReader in, OutputStream out) throws IOException {
        byte[] window = new byte[CARRY + 64 * 1024];
        int carried = 0;
        java.io.InputStream source = in.asInputStream();
        while (true) {
            int read = source.read(window, carried, window.length - carried);
            if (read < 0) {
                return;
            }
            out.write(window, carried, read);
            int end = carried + read;
            if (contains(window, end, SCRIPT)) {
                throw new RefusedContent("document.refused.pdfScript");
            }
            if (contains(window, end, EMBEDDED)) {
                throw new RefusedContent("document.refused.pdfEmbedded");
            }
            carried = Math.min(CARRY, end);
            System.arraycopy(window, end - carried, window, 0, carried);
        }
    }

    private static boolean contains(byte[] data, int end, byte[][] needles) {
        for (int i = 0; i < end; i++) {
            if (data[i] != '/') {
                continue;
            }
            for (byte[] needle : needles) {
                if (i + needle.length <= end && java.util.Arrays.equals(data, i, i + needle.length, needle, 0,
                        needle.length)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
