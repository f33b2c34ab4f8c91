package eu.guardian.document.content;

import static eu.guardian.document.SampleFiles.contains;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * WebP and HEIF keep their structure and length: their metadata is blanked in place. Built by hand here (no encoder
 * for either in Java), with recognisable bytes standing in for the image data.
 */
class ContainerMetadataTest {

    private static final byte[] IMAGE = "IMAGE-DATA-THAT-MUST-NOT-CHANGE".getBytes(StandardCharsets.US_ASCII);
    private static final String GPS = "GPS-48.8584N-2.2945E";

    @Test
    void aWebpKeepsItsImageAndLosesExifAndXmp() throws IOException {
        ByteArrayOutputStream chunks = new ByteArrayOutputStream();
        riffChunk(chunks, "VP8X", new byte[] {(byte) 0x0C, 0, 0, 0, 9, 0, 0, 9, 0, 0});
        riffChunk(chunks, "VP8L", IMAGE);
        riffChunk(chunks, "EXIF", ("Exif " + GPS).getBytes(StandardCharsets.US_ASCII));
        riffChunk(chunks, "XMP ", ("<x:xmpmeta>" + GPS + "</x:xmpmeta>").getBytes(StandardCharsets.US_ASCII));
        ByteBuffer header = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
        header.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(4 + chunks.size())
                .put("WEBP".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream webp = new ByteArrayOutputStream();
        webp.writeBytes(header.array());
        webp.writeBytes(chunks.toByteArray());

        ContentInspectorTest.Result cleaned = ContentInspectorTest.inspect(webp.toByteArray());

        assertEquals(DocumentType.WEBP, cleaned.inspected().type());
        assertEquals(webp.size(), cleaned.bytes().length, "the same length: the RIFF size stays right");
        assertFalse(contains(cleaned.bytes(), GPS));
        assertFalse(contains(cleaned.bytes(), "EXIF") || contains(cleaned.bytes(), "XMP "));
        assertEquals(0, cleaned.bytes()[20] & 0x0C, "the extended header no longer announces Exif or XMP");
        assertEquals(true, contains(cleaned.bytes(), new String(IMAGE, StandardCharsets.US_ASCII)));
    }

    @Test
    void aHeicKeepsItsImageAndLosesItsExifItem() throws IOException {
        byte[] exif = ("Exif\0\0MM" + GPS).getBytes(StandardCharsets.ISO_8859_1);
        byte[] heic = heic(exif, true);

        ContentInspectorTest.Result cleaned = ContentInspectorTest.inspect(heic);

        assertEquals(DocumentType.HEIF, cleaned.inspected().type());
        assertEquals(heic.length, cleaned.bytes().length);
        assertFalse(contains(cleaned.bytes(), GPS));
        int image = indexOf(heic, IMAGE);
        assertArrayEquals(IMAGE, Arrays.copyOfRange(cleaned.bytes(), image, image + IMAGE.length));
        int metadata = indexOf(heic, exif);
        assertArrayEquals(new byte[exif.length], Arrays.copyOfRange(cleaned.bytes(), metadata, metadata
                + exif.length), "the Exif item's bytes are zeros");
    }

    @Test
    void aHeicWhoseItemTableComesAfterItsMetadataIsRefused() {
        byte[] heic = heic(("Exif\0\0MM" + GPS).getBytes(StandardCharsets.ISO_8859_1), false);
        RefusedContent refused = assertThrows(RefusedContent.class, () -> ContentInspectorTest.inspect(heic));
        assertEquals("document.refused.heifLayout", refused.messageKey());
    }

    /** ftyp, meta (hdlr, iinf: an hvc1 item and an Exif item, iloc), mdat; or ftyp, mdat, meta. */
    private static byte[] heic(byte[] exif, boolean metaFirst) {
        ByteArrayOutputStream infe1 = fullBox("infe", 2, concat(u16(1), u16(0), ascii("hvc1"), ascii("\0")));
        ByteArrayOutputStream infe2 = fullBox("infe", 2, concat(u16(2), u16(0), ascii("Exif"), ascii("\0")));
        byte[] iinf = fullBox("iinf", 0, concat(u16(2), infe1.toByteArray(), infe2.toByteArray())).toByteArray();
        byte[] hdlr = fullBox("hdlr", 0, concat(new byte[4], ascii("pict"), new byte[12], ascii("\0"))).toByteArray();
        byte[] ftyp = box("ftyp", concat(ascii("heic"), new byte[4], ascii("mif1heic"))).toByteArray();
        byte[] mdatPayload = concat(IMAGE, exif);
        int ilocLength = 12 + 2 + 2 + 2 * (2 + 2 + 2 + 4 + 4);
        int metaLength = 12 + hdlr.length + iinf.length + ilocLength;
        long mdatData = metaFirst ? ftyp.length + metaLength + 8 : ftyp.length + 8;
        byte[] iloc = fullBox("iloc", 0, concat(new byte[] {0x44, 0x00}, u16(2),
                u16(1), u16(0), u16(1), u32(mdatData), u32(IMAGE.length),
                u16(2), u16(0), u16(1), u32(mdatData + IMAGE.length), u32(exif.length))).toByteArray();
        byte[] meta = fullBox("meta", 0, concat(hdlr, iinf, iloc)).toByteArray();
        assertEquals(metaLength, meta.length);
        byte[] mdat = box("mdat", mdatPayload).toByteArray();
        return metaFirst ? concat(ftyp, meta, mdat) : concat(ftyp, mdat, meta);
    }

    private static void riffChunk(ByteArrayOutputStream out, String type, byte[] data) {
        out.writeBytes(ascii(type));
        out.writeBytes(ByteBuffer.allocate(4).order(ByteOrder.LITTLE_ENDIAN).putInt(data.length).array());
        out.writeBytes(data);
        if (data.length % 2 == 1) {
            out.write(0);
        }
    }

    private static ByteArrayOutputStream box(String type, byte[] payload) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(u32(8 + payload.length));
        out.writeBytes(ascii(type));
        out.writeBytes(payload);
        return out;
    }

    private static ByteArrayOutputStream fullBox(String type, int version, byte[] payload) {
        return box(type, concat(new byte[] {(byte) version, 0, 0, 0}, payload));
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] u16(int value) {
        return new byte[] {(byte) (value >> 8), (byte) value};
    }

    private static byte[] u32(long value) {
        return ByteBuffer.allocate(4).putInt((int) value).array();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(haystack, i, i + needle.length, needle, 0, needle.length)) {
                return i;
            }
        }
        throw new AssertionError("not found");
    }
}
