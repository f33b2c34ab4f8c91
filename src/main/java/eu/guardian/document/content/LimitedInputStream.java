package eu.guardian.document.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An upload that may not be longer than the size limit: reading beyond it refuses the upload (what was stored of it
 * is discarded), so a too-large file is never read to its end, nor kept.
 */
final class LimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private long count;

    LimitedInputStream(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        int value = super.read();
        if (value >= 0) {
            counted(1);
        }
        return value;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int read = super.read(buffer, offset, length);
        if (read > 0) {
            counted(read);
        }
        return read;
    }

    private void counted(int read) {
        count += read;
        if (count > maxBytes) {
            throw tooLarge(maxBytes);
        }
    }

    static RefusedContent tooLarge(long maxBytes) {
        return new RefusedContent("document.refused.tooLarge", maxBytes / (1024 * 1024));
    }
}
