package eu.guardian.document.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

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
    /** The shortest needle's length ("/Launch"). */
    private static final int SHORTEST = 7;
    private static final int[] SCRIPT_SHIFTS = shifts(SCRIPT);
    private static final int[] EMBEDDED_SHIFTS = shifts(EMBEDDED);

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

    /**
     * Whether a needle occurs in {@code data[0..end)}: a Horspool search over the needles' first
     * {@link #SHORTEST} bytes, which moves on by up to that many bytes at a time (most bytes of a PDF's compressed
     * streams are in no needle), then compares each needle where the window may begin one.
     */
    private static boolean contains(byte[] data, int end, byte[][] needles) {
        int[] shifts = needles == SCRIPT ? SCRIPT_SHIFTS : EMBEDDED_SHIFTS;
        int i = 0;
        while (i + SHORTEST <= end) {
            int shift = shifts[data[i + SHORTEST - 1] & 0xFF];
            if (shift == 0) {
                for (byte[] needle : needles) {
                    if (i + needle.length <= end
                            && Arrays.equals(data, i, i + needle.length, needle, 0, needle.length)) {
                        return true;
                    }
                }
                shift = 1;
            }
            i += shift;
        }
        return false;
    }

    /** For each byte: how far the window may move when it is the window's last byte. */
    private static int[] shifts(byte[][] needles) {
        int[] shifts = new int[256];
        Arrays.fill(shifts, SHORTEST);
        for (byte[] needle : needles) {
            for (int j = 0; j < SHORTEST; j++) {
                shifts[needle[j] & 0xFF] = Math.min(shifts[needle[j] & 0xFF], SHORTEST - 1 - j);
            }
        }
        return shifts;
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }
}
