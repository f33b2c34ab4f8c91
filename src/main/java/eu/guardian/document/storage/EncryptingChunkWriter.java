package eu.guardian.document.storage;

import java.io.OutputStream;
import javax.crypto.SecretKey;

/**
 * Cuts a file into chunks of {@link DocumentCrypto#CHUNK_SIZE} as it is written, seals each and hands it to the
 * store at once: at most one chunk (and its sealed copy) is held. A full chunk is held back until the next byte comes
 * or the stream is closed, since only then is it known whether it is the last.
 */
public final class EncryptingChunkWriter extends OutputStream {

    /** Where sealed chunks go, numbered from 0. */
    public interface ChunkSink {
        void append(int chunkNo, byte[] sealed);
    }

    private final ChunkSink sink;
    private final SecretKey fileKey;
    private final long documentId;
    private final byte[] buffer = new byte[DocumentCrypto.CHUNK_SIZE];
    private int filled;
    private int chunks;
    private long size;
    private boolean closed;

    public EncryptingChunkWriter(ChunkSink sink, SecretKey fileKey, long documentId) {
        this.sink = sink;
        this.fileKey = fileKey;
        this.documentId = documentId;
    }

    @Override
    public void write(int b) {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (closed) {
            throw new IllegalStateException("closed");
        }
        int done = 0;
        while (done < length) {
            if (filled == buffer.length) {
                seal(false);
            }
            int step = Math.min(length - done, buffer.length - filled);
            System.arraycopy(bytes, offset + done, buffer, filled, step);
            filled += step;
            done += step;
        }
        size += length;
    }

    /** Seals the last chunk. */
    @Override
    public void close() {
        if (!closed) {
            seal(true);
            closed = true;
        }
    }

    private void seal(boolean last) {
        sink.append(chunks, DocumentCrypto.sealChunk(fileKey, documentId, chunks, last, buffer, filled));
        chunks++;
        filled = 0;
    }

    public int chunkCount() {
        return chunks;
    }

    public long size() {
        return size;
    }
}
