package eu.guardian.document.content;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * A buffered reader of an upload for the format cleaners: single-threaded, so without the per-byte locking of
 * {@link java.io.BufferedInputStream} (20 million locked reads of a large photo cost a noticeable part of a second),
 * with look-ahead for type detection and bulk copying. Never holds more than its 64 KiB buffer.
 */
final class ByteReader {

    private static final int SIZE = 64 * 1024;

    private final InputStream in;
    private final byte[] buffer = new byte[SIZE];
    private int position;
    private int limit;
    private long consumed;

    ByteReader(InputStream in) {
        this.in = in;
    }

    /** Up to {@code count} next bytes without consuming them (fewer only at the end of the stream). */
    byte[] peek(int count) throws IOException {
        if (count > SIZE) {
            throw new IllegalArgumentException("peek beyond the buffer");
        }
        while (limit - position < count && fill()) {
            // fill until enough or the end
        }
        byte[] head = new byte[Math.min(count, limit - position)];
        System.arraycopy(buffer, position, head, 0, head.length);
        return head;
    }

    /** The next byte (0-255), or -1 at the end. */
    int read() throws IOException {
        if (position == limit && !fill()) {
            return -1;
        }
        consumed++;
        return buffer[position++] & 0xFF;
    }

    /** The next byte; the end of the stream here means the file is cut off. */
    int readByte() throws IOException {
        int value = read();
        if (value < 0) {
            throw RefusedContent.damaged();
        }
        return value;
    }

    int readUnsigned16() throws IOException {
        return readByte() << 8 | readByte();
    }

    long readUnsigned32() throws IOException {
        return (long) readUnsigned16() << 16 | readUnsigned16();
    }

    void readFully(byte[] target, int offset, int length) throws IOException {
        int done = 0;
        while (done < length) {
            if (position == limit && !fill()) {
                throw RefusedContent.damaged();
            }
            int step = Math.min(length - done, limit - position);
            System.arraycopy(buffer, position, target, offset + done, step);
            position += step;
            done += step;
            consumed += step;
        }
    }

    byte[] readBytes(int length) throws IOException {
        byte[] bytes = new byte[length];
        readFully(bytes, 0, length);
        return bytes;
    }

    /** Copies exactly {@code length} bytes to {@code out}; the stream ending first means the file is cut off. */
    void copy(long length, OutputStream out) throws IOException {
        transfer(length, out);
    }

    /** Skips exactly {@code length} bytes (metadata left out); the stream ending first means a cut-off file. */
    void skip(long length) throws IOException {
        transfer(length, null);
    }

    private void transfer(long length, OutputStream out) throws IOException {
        long left = length;
        while (left > 0) {
            if (position == limit && !fill()) {
                throw RefusedContent.damaged();
            }
            int step = (int) Math.min(left, limit - position);
            if (out != null) {
                out.write(buffer, position, step);
            }
            position += step;
            left -= step;
            consumed += step;
        }
    }

    /** Copies everything up to the end of the stream. */
    void copyToEnd(OutputStream out) throws IOException {
        while (position < limit || fill()) {
            out.write(buffer, position, limit - position);
            consumed += limit - position;
            position = limit;
        }
    }

    /**
     * Copies bytes until the next 0xFF (which is consumed but not copied) and answers true, or copies to the end of
     * the stream and answers false: the bulk step of reading a JPEG's entropy-coded data.
     */
    boolean copyUntilFF(OutputStream out) throws IOException {
        while (position < limit || fill()) {
            int start = position;
            while (position < limit && buffer[position] != (byte) 0xFF) {
                position++;
            }
            out.write(buffer, start, position - start);
            consumed += position - start;
            if (position < limit) {
                position++;
                consumed++;
                return true;
            }
        }
        return false;
    }

    /** How many bytes have been consumed so far (the offset of the next byte in the file). */
    long offset() {
        return consumed;
    }

    /** The rest of the stream as an InputStream (for the ZIP reader), reading through this buffer. */
    InputStream asInputStream() {
        return new InputStream() {
            @Override
            public int read() throws IOException {
                return ByteReader.this.read();
            }

            @Override
            public int read(byte[] target, int offset, int length) throws IOException {
                if (length == 0) {
                    return 0;
                }
                if (position == limit && !fill()) {
                    return -1;
                }
                int step = Math.min(length, limit - position);
                System.arraycopy(buffer, position, target, offset, step);
                position += step;
                consumed += step;
                return step;
            }
        };
    }

    /** Reads more into the buffer, keeping unread bytes; false at the end of the stream. */
    private boolean fill() throws IOException {
        if (position > 0) {
            System.arraycopy(buffer, position, buffer, 0, limit - position);
            limit -= position;
            position = 0;
        }
        if (limit == SIZE) {
            return true;
        }
        int read = in.read(buffer, limit, SIZE - limit);
        if (read < 0) {
            return false;
        }
        limit += read;
        return true;
    }
}
