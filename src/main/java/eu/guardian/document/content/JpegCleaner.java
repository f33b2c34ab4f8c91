package eu.guardian.document.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Copies a JPEG without its metadata, marker by marker and without decoding or re-encoding a pixel: Exif (GPS
 * location, camera, owner, its thumbnail), XMP, comments, every other application segment, and anything after the end
 * of the image (phones append second images, depth maps, even videos there). Kept: the JFIF header (without its
 * thumbnail), ICC colour profiles and Adobe's colour-transform flag, which decoders need to show the same colours; and
 * the orientation alone, as a minimal Exif block, because without it a portrait photo shows on its side
 * (docs/documents.md, "Metadata").
 */
final class JpegCleaner {

    private static final int SOS = 0xDA;
    private static final int EOI = 0xD9;
    private static final int APP0 = 0xE0;
    private static final int APP1 = 0xE1;
    private static final int APP2 = 0xE2;
    private static final int APP14 = 0xEE;
    private static final int APP15 = 0xEF;
    private static final int COM = 0xFE;
    private static final byte[] EXIF = "Exif\0\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] JFIF = "JFIF\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ICC = "ICC_PROFILE\0".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ADOBE = "Adobe".getBytes(StandardCharsets.ISO_8859_1);

    private JpegCleaner() {
    }

    /** Copies the image from {@code in} to {@code out}; answers its Exif orientation (1 = as stored). */
    static int copy(ByteReader in, OutputStream out) throws IOException {
        if (in.readByte() != 0xFF || in.readByte() != 0xD8) {
            throw RefusedContent.damaged();
        }
        out.write(0xFF);
        out.write(0xD8);
        int orientation = 1;
        int marker = nextMarker(in);
        while (true) {
            if (marker == EOI) {
                out.write(0xFF);
                out.write(EOI);
                return orientation; // whatever follows the image is left out
            }
            if (marker >= 0xD0 && marker <= 0xD7 || marker == 0x01) {
                out.write(0xFF);
                out.write(marker); // markers without a length
                marker = nextMarker(in);
                continue;
            }
            int length = in.readUnsigned16();
            if (length < 2) {
                throw RefusedContent.damaged();
            }
            int payload = length - 2;
            if (marker >= APP0 && marker <= APP15 || marker == COM) {
                byte[] bytes = in.readBytes(payload);
                if (marker == APP1 && startsWith(bytes, EXIF)) {
                    int found = Orientation.ofExif(bytes);
                    if (found != 1 && orientation == 1) {
                        orientation = found;
                        writeSegment(out, APP1, Orientation.minimalExif(found));
                    }
                } else {
                    byte[] kept = keptPayload(marker, bytes);
                    if (kept != null) {
                        writeSegment(out, marker, kept);
                    }
                }
                marker = nextMarker(in);
            } else {
                out.write(0xFF);
                out.write(marker);
                out.write(length >> 8);
                out.write(length & 0xFF);
                in.copy(payload, out);
                marker = marker == SOS ? copyScan(in, out) : nextMarker(in);
            }
        }
    }

    /** The payload to write for an application segment or comment (not Exif), or null to leave it out. */
    private static byte[] keptPayload(int marker, byte[] payload) {
        if (marker == APP0 && startsWith(payload, JFIF) && payload.length >= 14) {
            byte[] header = Arrays.copyOf(payload, 14);
            header[12] = 0; // no JFIF thumbnail
            header[13] = 0;
            return header;
        }
        if (marker == APP2 && startsWith(payload, ICC) || marker == APP14 && startsWith(payload, ADOBE)) {
            return payload;
        }
        return null;
    }

    /** Copies entropy-coded data up to the next marker that is not part of it; answers that marker. */
    private static int copyScan(ByteReader in, OutputStream out) throws IOException {
        while (true) {
            if (!in.copyUntilFF(out)) {
                throw RefusedContent.damaged(); // no end of image
            }
            int next = in.readByte();
            while (next == 0xFF) {
                next = in.readByte(); // fill bytes
            }
            if (next == 0x00 || next >= 0xD0 && next <= 0xD7) {
                out.write(0xFF); // a stuffed 0xFF, or a restart marker inside the scan
                out.write(next);
            } else {
                return next;
            }
        }
    }

    private static int nextMarker(ByteReader in) throws IOException {
        if (in.readByte() != 0xFF) {
            throw RefusedContent.damaged();
        }
        int marker = in.readByte();
        while (marker == 0xFF) {
            marker = in.readByte();
        }
        return marker;
    }

    private static void writeSegment(OutputStream out, int marker, byte[] payload) throws IOException {
        int length = payload.length + 2;
        out.write(0xFF);
        out.write(marker);
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.write(payload);
    }

    static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
