package eu.guardian.document.content;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Copies a HEIC/HEIF photo with its Exif and XMP blanked in place. Java has no HEVC decoder, so the image is never
 * decoded: the file's boxes are read, the metadata items are found in its 'meta' box (item infos and locations) and
 * their bytes are overwritten with zeros as they stream past, so every offset and length stays valid and the pixels
 * are untouched. A file whose 'meta' box comes after the metadata it locates (not how cameras write it) is refused
 * rather than kept with its location data (docs/documents.md, "Metadata").
 */
final class HeifCleaner {

    private static final int MAX_META_BYTES = 8 * 1024 * 1024;

    private HeifCleaner() {
    }

    static void copy(ByteReader in, OutputStream out) throws IOException {
        List<long[]> blanked = new ArrayList<>();
        while (true) {
            long start = in.offset();
            byte[] head = in.peek(16);
            if (head.length == 0) {
                return;
            }
            if (head.length < 8) {
                throw RefusedContent.damaged();
            }
            long size = unsigned32(head, 0);
            String type = new String(head, 4, 4, StandardCharsets.ISO_8859_1);
            if (size == 1) {
                if (head.length < 16) {
                    throw RefusedContent.damaged();
                }
                size = ByteBuffer.wrap(head, 8, 8).getLong();
            }
            if (size == 0) {
                copyBlanking(in, out, Long.MAX_VALUE, blanked); // the last box runs to the end of the file
                return;
            }
            if (size < 8) {
                throw RefusedContent.damaged();
            }
            if (type.equals("meta")) {
                if (size > MAX_META_BYTES) {
                    throw new RefusedContent("document.refused.heifLayout");
                }
                byte[] box = in.readBytes((int) size);
                for (long[] range : metadataRanges(box, start)) {
                    if (range[0] < start + size) {
                        throw new RefusedContent("document.refused.heifLayout");
                    }
                    blanked.add(range);
                }
                out.write(box);
            } else {
                copyBlanking(in, out, size, blanked);
            }
        }
    }

    /** Copies up to {@code length} bytes, zeros in place of those inside a blanked range (file offsets). */
    private static void copyBlanking(ByteReader in, OutputStream out, long length, List<long[]> blanked)
            throws IOException {
        byte[] zeros = new byte[8192];
        long end = length == Long.MAX_VALUE ? Long.MAX_VALUE : in.offset() + length;
        while (in.offset() < end) {
            long position = in.offset();
            long pieceEnd = end;
            boolean blank = false;
            for (long[] range : blanked) {
                if (position >= range[0] && position < range[1]) {
                    blank = true;
                    pieceEnd = Math.min(pieceEnd, range[1]);
                } else if (range[0] > position) {
                    pieceEnd = Math.min(pieceEnd, range[0]);
                }
            }
            if (pieceEnd == Long.MAX_VALUE) {
                in.copyToEnd(out);
                return;
            }
            long piece = pieceEnd - position;
            if (blank) {
                in.skip(piece);
                for (long left = piece; left > 0; left -= zeros.length) {
                    out.write(zeros, 0, (int) Math.min(left, zeros.length));
                }
            } else {
                in.copy(piece, out);
            }
        }
    }

    /**
     * The file ranges of the Exif and XMP items the 'meta' box (starting at file offset {@code boxStart}) locates;
     * items kept inside the box itself ('idat') are blanked in {@code box} here.
     */
    static List<long[]> metadataRanges(byte[] box, long boxStart) {
        try {
            ByteBuffer meta = ByteBuffer.wrap(box);
            int header = unsigned32(box, 0) == 1 ? 16 : 8;
            Set<Long> metadataItems = new HashSet<>();
            List<long[]> itemRanges = new ArrayList<>();
            int idatData = -1;
            int position = header + 4; // a full box: version and flags
            while (position + 8 <= box.length) {
                long size = unsigned32(box, position);
                String type = new String(box, position + 4, 4, StandardCharsets.ISO_8859_1);
                if (size < 8 || position + size > box.length) {
                    throw RefusedContent.damaged();
                }
                ByteBuffer child = meta.duplicate().position(position + 8).limit((int) (position + size));
                switch (type) {
                    case "iinf" -> metadataItems.addAll(metadataItemIds(child));
                    case "iloc" -> itemRanges.addAll(locations(child));
                    case "idat" -> idatData = position + 8;
                    default -> {
                        // other boxes of the item structure carry no metadata
                    }
                }
                position += (int) size;
            }
            List<long[]> fileRanges = new ArrayList<>();
            for (long[] range : itemRanges) { // item id, construction method, offset, length
                if (!metadataItems.contains(range[0])) {
                    continue;
                }
                if (range[3] == 0 || range[1] == 2) {
                    throw new RefusedContent("document.refused.heifLayout");
                }
                if (range[1] == 1) {
                    if (idatData < 0 || idatData + range[2] + range[3] > box.length) {
                        throw RefusedContent.damaged();
                    }
                    java.util.Arrays.fill(box, (int) (idatData + range[2]), (int) (idatData + range[2] + range[3]),
                            (byte) 0);
                } else {
                    fileRanges.add(new long[] {range[2], range[2] + range[3]});
                }
            }
            return fileRanges;
        } catch (BufferUnderflowException | IllegalArgumentException | IndexOutOfBoundsException e) {
            throw RefusedContent.damaged();
        }
    }

    /** The ids of items of type Exif, or MIME items holding XMP (application/rdf+xml). */
    private static Set<Long> metadataItemIds(ByteBuffer iinf) {
        int version = iinf.get() & 0xFF;
        iinf.position(iinf.position() + 3);
        long count = version == 0 ? Short.toUnsignedInt(iinf.getShort()) : Integer.toUnsignedLong(iinf.getInt());
        Set<Long> ids = new HashSet<>();
        for (long i = 0; i < count && iinf.remaining() >= 8; i++) {
            int start = iinf.position();
            long size = Integer.toUnsignedLong(iinf.getInt());
            iinf.getInt(); // 'infe'
            int entryVersion = iinf.get() & 0xFF;
            iinf.position(iinf.position() + 3);
            long id = entryVersion == 3 ? Integer.toUnsignedLong(iinf.getInt()) : Short.toUnsignedInt(iinf.getShort());
            iinf.getShort(); // protection index
            if (entryVersion >= 2) {
                String itemType = fourCc(iinf);
                text(iinf); // item name
                boolean xmp = itemType.equals("mime") && text(iinf).startsWith("application/rdf+xml");
                if (itemType.equals("Exif") || xmp) {
                    ids.add(id);
                }
            } else {
                text(iinf);
                if (text(iinf).startsWith("application/rdf+xml")) {
                    ids.add(id);
                }
            }
            iinf.position((int) (start + size));
        }
        return ids;
    }

    /** Every item extent as {id, construction method, offset, length} (offsets include the base offset). */
    private static List<long[]> locations(ByteBuffer iloc) {
        int version = iloc.get() & 0xFF;
        iloc.position(iloc.position() + 3);
        int sizes = iloc.get() & 0xFF;
        int offsetSize = sizes >> 4;
        int lengthSize = sizes & 0x0F;
        int more = iloc.get() & 0xFF;
        int baseOffsetSize = more >> 4;
        int indexSize = version == 1 || version == 2 ? more & 0x0F : 0;
        long count = version < 2 ? Short.toUnsignedInt(iloc.getShort()) : Integer.toUnsignedLong(iloc.getInt());
        List<long[]> extents = new ArrayList<>();
        for (long i = 0; i < count; i++) {
            long id = version < 2 ? Short.toUnsignedInt(iloc.getShort()) : Integer.toUnsignedLong(iloc.getInt());
            int method = version == 1 || version == 2 ? iloc.getShort() & 0x0F : 0;
            int dataReference = Short.toUnsignedInt(iloc.getShort());
            long base = sized(iloc, baseOffsetSize);
            int extentCount = Short.toUnsignedInt(iloc.getShort());
            for (int e = 0; e < extentCount; e++) {
                sized(iloc, indexSize);
                long offset = sized(iloc, offsetSize);
                long length = sized(iloc, lengthSize);
                if (dataReference == 0) {
                    extents.add(new long[] {id, method, base + offset, length});
                }
            }
        }
        return extents;
    }

    private static long sized(ByteBuffer buffer, int size) {
        return switch (size) {
            case 0 -> 0;
            case 4 -> Integer.toUnsignedLong(buffer.getInt());
            case 8 -> buffer.getLong();
            default -> throw new IllegalArgumentException("field size " + size);
        };
    }

    private static String fourCc(ByteBuffer buffer) {
        byte[] bytes = new byte[4];
        buffer.get(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }

    private static String text(ByteBuffer buffer) {
        StringBuilder text = new StringBuilder();
        while (buffer.hasRemaining()) {
            byte b = buffer.get();
            if (b == 0) {
                break;
            }
            text.append((char) (b & 0xFF));
        }
        return text.toString();
    }

    static long unsigned32(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFFL) << 24 | (bytes[offset + 1] & 0xFFL) << 16 | (bytes[offset + 2] & 0xFFL) << 8
                | bytes[offset + 3] & 0xFFL;
    }
}
