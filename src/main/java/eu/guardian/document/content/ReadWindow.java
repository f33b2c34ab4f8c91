package eu.guardian.document.content;

import java.io.IOException;

/**
 * An 8 KiB window onto stored content for readers that go byte by byte (PDFBox's parser, ImageIO's decoders): each
 * byte outside the window brings the next 8 KiB from the store (which keeps the chunks read last).
 */
final class ReadWindow {

    private final SeekableContent content;
    private final byte[] window = new byte[8192];
    private long start;
    private int length;

    ReadWindow(SeekableContent content) {
        this.content = content;
    }

    /** The byte at {@code position} (0-255), or -1 at the end. */
    int byteAt(long position) throws IOException {
        if (position < start || position >= start + length) {
            start = position;
            length = Math.max(0, content.read(position, window, 0, window.length));
            if (length == 0) {
                return -1;
            }
        }
        return window[(int) (position - start)] & 0xFF;
    }
}
