package eu.guardian.document.storage;

import eu.guardian.document.content.SeekableContent;
import java.io.IOException;
import java.io.OutputStream;
import javax.crypto.SecretKey;

/**
 * A stored file, decrypted a chunk at a time as it is read: in order for a download, or at any position for the
 * checks (the two decrypted chunks read last are kept). Every chunk is authenticated; a missing, changed, swapped or
 * reordered one fails with {@link TamperedContent}.
 */
public final class StoredFile implements SeekableContent {

    /** Where sealed chunks come from, by number; null when there is no such chunk. */
    public interface ChunkSource {
        byte[] chunk(int chunkNo);
    }

    private final ChunkSource source;
    private final SecretKey fileKey;
    private final long documentId;
    private final long length;
    private final int chunkCount;
    private int cachedNo = -1;
    private byte[] cached;
    private int previousNo = -1;
    private byte[] previous;

    public StoredFile(ChunkSource source, SecretKey fileKey, long documentId, long length, int chunkCount) {
        this.source = source;
        this.fileKey = fileKey;
        this.documentId = documentId;
        this.length = length;
        this.chunkCount = chunkCount;
    }

    @Override
    public long length() {
        return length;
    }

    @Override
    public int read(long position, byte[] target, int offset, int count) {
        if (position >= length || position < 0) {
            return -1;
        }
        int chunkNo = (int) (position / DocumentCrypto.CHUNK_SIZE);
        if (chunkNo == previousNo) {
            swap();
        } else if (chunkNo != cachedNo) {
            previous = cached;
            previousNo = cachedNo;
            cached = plain(chunkNo);
            cachedNo = chunkNo;
        }
        int within = (int) (position % DocumentCrypto.CHUNK_SIZE);
        int step = Math.min(count, cached.length - within);
        System.arraycopy(cached, within, target, offset, step);
        return step;
    }

    /** The two last chunks read stay: a PDF's reader goes back and forth between its start and its end. */
    private void swap() {
        byte[] chunk = cached;
        int number = cachedNo;
        cached = previous;
        cachedNo = previousNo;
        previous = chunk;
        previousNo = number;
    }

    /** Writes the whole file to {@code out}, one decrypted chunk at a time. */
    public void writeTo(OutputStream out) throws IOException {
        for (int chunkNo = 0; chunkNo < chunkCount; chunkNo++) {
            out.write(plain(chunkNo));
        }
    }

    private byte[] plain(int chunkNo) {
        byte[] sealed = source.chunk(chunkNo);
        if (sealed == null) {
            throw new TamperedContent("chunk " + chunkNo + " of " + chunkCount + " is missing");
        }
        boolean last = chunkNo == chunkCount - 1;
        byte[] plain = DocumentCrypto.openChunk(fileKey, documentId, chunkNo, last, sealed);
        long expected = last ? length - (long) chunkNo * DocumentCrypto.CHUNK_SIZE : DocumentCrypto.CHUNK_SIZE;
        if (plain.length != expected) {
            throw new TamperedContent("chunk " + chunkNo + " has " + plain.length + " bytes, not " + expected);
        }
        return plain;
    }
}
