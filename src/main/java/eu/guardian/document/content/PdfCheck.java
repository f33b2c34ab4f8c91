package eu.guardian.document.content;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSDocument;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.cos.COSObjectKey;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * The second look at a PDF, once it is stored: PDFBox parses its structure (cross-reference table, object streams,
 * names with #-escapes decoded) and every object is checked for active content. Refused: JavaScript (an action of type
 * JavaScript, a JS entry, XFA forms that carry scripts) and embedded or launched files (embedded-file streams, file
 * specifications with embedded files, launch and import actions, go-to-embedded actions, rich media). A PDF that needs
 * a password cannot be checked and is refused; one PDFBox cannot read is refused as damaged.
 */
public final class PdfCheck {

    private static final Set<String> FILE_ACTIONS = Set.of("Launch", "ImportData", "GoToE", "RichMediaExecute");
    private static final COSName XFA = COSName.getPDFName("XFA");
    private static final COSName EMBEDDED_FILE = COSName.getPDFName("EmbeddedFile");
    private static final COSName RICH_MEDIA = COSName.getPDFName("RichMedia");
    /** Dictionaries written inside dictionaries deeper than this are not a real document's. */
    private static final int MAX_DEPTH = 64;

    private PdfCheck() {
    }

    public static void check(SeekableContent content) {
        try (PDDocument document = Loader.loadPDF(new SeekableRead(content))) {
            COSDocument cos = document.getDocument();
            List<COSObjectKey> keys = new ArrayList<>(cos.getXrefTable().keySet());
            for (COSObjectKey key : keys) {
                COSObject object = cos.getObjectFromPool(key);
                COSBase value = object == null ? null : object.getObject();
                if (value instanceof COSDictionary dictionary) {
                    checkDictionary(dictionary);
                }
            }
            checkDictionary(cos.getTrailer());
        } catch (InvalidPasswordException e) {
            throw new RefusedContent("document.refused.pdfPassword");
        } catch (IOException | RuntimeException e) {
            if (e instanceof RefusedContent refused) {
                throw refused;
            }
            throw RefusedContent.damaged();
        }
    }

    /** One dictionary (or a stream's), and the dictionaries written inside it directly. */
    private static void checkDictionary(COSDictionary dictionary) {
        checkDictionary(dictionary, 0);
    }

    private static void checkDictionary(COSDictionary dictionary, int depth) {
        if (depth > MAX_DEPTH) {
            throw RefusedContent.damaged();
        }
        if (dictionary.containsKey(COSName.JS) || COSName.JAVA_SCRIPT.equals(dictionary.getCOSName(COSName.S))
                || dictionary.containsKey(XFA)) {
            throw new RefusedContent("document.refused.pdfScript");
        }
        COSName action = dictionary.getCOSName(COSName.S);
        if (action != null && FILE_ACTIONS.contains(action.getName()) || dictionary.containsKey(COSName.EF)
                || EMBEDDED_FILE.equals(dictionary.getCOSName(COSName.TYPE))
                || RICH_MEDIA.equals(dictionary.getCOSName(COSName.SUBTYPE))
                || dictionary.containsKey(COSName.EMBEDDED_FILES)) {
            throw new RefusedContent("document.refused.pdfEmbedded");
        }
        for (COSBase value : dictionary.getValues()) {
            if (value instanceof COSDictionary inner) {
                checkDictionary(inner, depth + 1);
            } else if (value instanceof org.apache.pdfbox.cos.COSArray array) {
                for (COSBase item : array) {
                    if (item instanceof COSDictionary inner) {
                        checkDictionary(inner, depth + 1);
                    }
                }
            }
        }
    }

    /**
     * PDFBox's random access onto the stored (encrypted) file, through an 8 KiB window (the parser reads byte by
     * byte): nothing of the file is copied into memory as a whole, or onto a disk.
     */
    static final class SeekableRead implements RandomAccessRead {
        private final SeekableContent content;
        private final ReadWindow window;
        private long position;
        private boolean closed;

        SeekableRead(SeekableContent content) {
            this.content = content;
            this.window = new ReadWindow(content);
        }

        @Override
        public int read() throws IOException {
            int value = window.byteAt(position);
            if (value >= 0) {
                position++;
            }
            return value;
        }

        @Override
        public int read(byte[] target, int offset, int length) throws IOException {
            if (length == 0) {
                return 0;
            }
            int read = content.read(position, target, offset, length);
            if (read > 0) {
                position += read;
            }
            return read;
        }

        @Override
        public long getPosition() {
            return position;
        }

        @Override
        public void seek(long newPosition) throws IOException {
            if (newPosition < 0) {
                throw new IOException("Invalid position " + newPosition);
            }
            position = Math.min(newPosition, content.length());
        }

        @Override
        public long length() {
            return content.length();
        }

        @Override
        public boolean isClosed() {
            return closed;
        }

        @Override
        public boolean isEOF() {
            return position >= content.length();
        }

        @Override
        public org.apache.pdfbox.io.RandomAccessReadView createView(long start, long length) {
            return new org.apache.pdfbox.io.RandomAccessReadView(this, start, length);
        }

        @Override
        public void close() {
            closed = true;
        }
    }
}
