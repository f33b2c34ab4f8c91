package eu.guardian.document.content;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * The one Exif field a cleaned photo keeps: its orientation (tag 0x0112: 1 upright, 3 upside down, 6 and 8 turned a
 * quarter; 2, 4, 5, 7 mirrored). Read from a camera's Exif block, written back as a block holding nothing else.
 */
final class Orientation {

    private static final int TAG = 0x0112;
    private static final int SHORT = 3;
    private static final int TIFF_START = 6; // after "Exif\0\0"

    private Orientation() {
    }

    /** The orientation in an APP1 Exif payload ("Exif\0\0" + TIFF), or 1 when absent or unreadable. */
    static int ofExif(byte[] payload) {
        if (payload.length < TIFF_START + 8) {
            return 1;
        }
        ByteBuffer tiff = ByteBuffer.wrap(payload, TIFF_START, payload.length - TIFF_START).slice();
        if (tiff.get(0) == 'I' && tiff.get(1) == 'I') {
            tiff.order(ByteOrder.LITTLE_ENDIAN);
        } else if (tiff.get(0) != 'M' || tiff.get(1) != 'M') {
            return 1;
        }
        long ifd = Integer.toUnsignedLong(tiff.getInt(4));
        if (ifd + 2 > tiff.limit()) {
            return 1;
        }
        int entries = Short.toUnsignedInt(tiff.getShort((int) ifd));
        for (int i = 0; i < entries; i++) {
            int entry = (int) ifd + 2 + 12 * i;
            if (entry + 12 > tiff.limit()) {
                return 1;
            }
            if (Short.toUnsignedInt(tiff.getShort(entry)) == TAG && tiff.getShort(entry + 2) == SHORT) {
                int value = Short.toUnsignedInt(tiff.getShort(entry + 8));
                return value >= 1 && value <= 8 ? value : 1;
            }
        }
        return 1;
    }

    /** An APP1 payload with only the orientation: "Exif\0\0", a big-endian TIFF header and a one-entry IFD. */
    static byte[] minimalExif(int orientation) {
        ByteBuffer payload = ByteBuffer.allocate(TIFF_START + 26).order(ByteOrder.BIG_ENDIAN);
        payload.put("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1));
        payload.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        payload.putShort((short) 1);
        payload.putShort((short) TAG).putShort((short) SHORT).putInt(1)
                .putShort((short) orientation).putShort((short) 0); // the value, left-aligned in its four bytes
        payload.putInt(0); // no next IFD
        return payload.array();
    }
}
