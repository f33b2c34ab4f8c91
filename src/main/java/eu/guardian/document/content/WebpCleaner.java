package eu.guardian.document.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * Copies a WebP image with its metadata blanked in place: the EXIF and XMP chunks (and any unknown chunk) become
 * "JUNK" chunks of zeros of the same length, and the extended header's EXIF/XMP flags are cleared. The file keeps its
 * length, so the RIFF size at its start (already written when the metadata, at the end, is met) stays right; decoders
 * skip unknown chunks. Nothing after the RIFF container is kept.
 */
final class WebpCleaner {

    private static final Set<String> IMAGE_CHUNKS = Set.of("VP8 ", "VP8L", "VP8X", "ALPH", "ANIM", "ANMF", "ICCP");
    private static final byte[] JUNK = "JUNK".getBytes(StandardCharsets.ISO_8859_1);
    private static final int EXIF_FLAG = 0x08;
    private static final int XMP_FLAG = 0x04;

    private WebpCleaner() {
    }

    static void copy(ByteReader in, OutputStream out) throws IOException {
        byte[] header = in.readBytes(12);
        long riffSize = littleEndian32(header, 4);
        out.write(header);
        long left = riffSize - 4; // "WEBP" is counted in the RIFF size
        while (left > 0) {
            if (left < 8) {
                throw RefusedContent.damaged();
            }
            byte[] chunkHeader = in.readBytes(8);
            String type = new String(chunkHeader, 0, 4, StandardCharsets.ISO_8859_1);
            long length = littleEndian32(chunkHeader, 4);
            long padded = length + (length & 1);
            if (8 + padded > left) {
                throw RefusedContent.damaged();
            }
            if (type.equals("VP8X")) {
                out.write(chunkHeader);
                int flags = in.readByte();
                out.write(flags & ~(EXIF_FLAG | XMP_FLAG));
                in.copy(padded - 1, out);
            } else if (IMAGE_CHUNKS.contains(type)) {
                out.write(chunkHeader);
                in.copy(padded, out);
            } else {
                out.write(JUNK);
                out.write(chunkHeader, 4, 4);
                in.skip(padded);
                writeZeros(out, padded);
            }
            left -= 8 + padded;
        }
    }

    private static void writeZeros(OutputStream out, long count) throws IOException {
        byte[] zeros = new byte[(int) Math.min(count, 8192)];
        for (long left = count; left > 0; left -= zeros.length) {
            out.write(zeros, 0, (int) Math.min(left, zeros.length));
        }
    }

    static long littleEndian32(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFFL) | (bytes[offset + 1] & 0xFFL) << 8 | (bytes[offset + 2] & 0xFFL) << 16
                | (bytes[offset + 3] & 0xFFL) << 24;
    }
}
