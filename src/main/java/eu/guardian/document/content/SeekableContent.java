package eu.guardian.document.content;

import java.io.IOException;

/**
 * A stored file read at any position (the store decrypts one chunk at a time), for the checks that need to jump
 * around a file rather than read it once: a PDF's structure, an image's decoder.
 */
public interface SeekableContent {

    long length();

    /** Reads up to {@code length} bytes at {@code position}; answers how many, or -1 at the end. */
    int read(long position, byte[] target, int offset, int length) throws IOException;
}
