package eu.guardian.document.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Set;

/**
 * Copies a PNG keeping only the chunks that draw the image (pixels, palette, transparency, colour space, animation):
 * text chunks (tEXt, zTXt, iTXt: author, software, comments, often XMP), eXIf (camera, GPS), tIME and every unknown
 * or private chunk are left out, and so is anything after IEND. No pixel is decoded or re-encoded.
 */
final class PngCleaner {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private static final Set<String> KEPT = Set.of("IHDR", "PLTE", "IDAT", "IEND", "tRNS", "cHRM", "gAMA", "iCCP",
            "sBIT", "sRGB", "cICP", "mDCv", "cLLi", "bKGD", "hIST", "pHYs", "sPLT", "acTL", "fcTL", "fdAT");

    private PngCleaner() {
    }

    static void copy(ByteReader in, OutputStream out) throws IOException {
        if (!Arrays.equals(in.readBytes(SIGNATURE.length), SIGNATURE)) {
            throw RefusedContent.damaged();
        }
        out.write(SIGNATURE);
        boolean first = true;
        while (true) {
            long length = in.readUnsigned32();
            byte[] typeBytes = in.readBytes(4);
            String type = new String(typeBytes, StandardCharsets.ISO_8859_1);
            if (length > Integer.MAX_VALUE || first && !type.equals("IHDR")) {
                throw RefusedContent.damaged();
            }
            first = false;
            if (KEPT.contains(type)) {
                writeUnsigned32(out, length);
                out.write(typeBytes);
                in.copy(length + 4, out); // data and CRC
            } else {
                in.skip(length + 4);
            }
            if (type.equals("IEND")) {
                return; // whatever follows the image is left out
            }
        }
    }

    private static void writeUnsigned32(OutputStream out, long value) throws IOException {
        out.write((int) (value >>> 24) & 0xFF);
        out.write((int) (value >>> 16) & 0xFF);
        out.write((int) (value >>> 8) & 0xFF);
        out.write((int) value & 0xFF);
    }
}
