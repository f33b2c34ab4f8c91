package eu.guardian.document.content;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * Word-processor files are ZIP archives: one is accepted as DOCX when it holds a Word document's parts, as ODT when
 * its first entry says so (the OpenDocument rule). Macros (Word's vbaProject.bin, OpenDocument's Basic and Scripts
 * folders) and embedded objects are refused; anything else in a ZIP (a spreadsheet, a program, an Android app) is not
 * an allowed type. The archive is read as it streams past; its entries are decompressed only to count them, up to a
 * bound, so that a "ZIP bomb" is refused rather than expanded.
 */
final class OfficeCheck {

    private static final String ODT = "application/vnd.oasis.opendocument.text";
    private static final long MAX_EXPANDED_BYTES = 1024L * 1024 * 1024;

    private OfficeCheck() {
    }

    static DocumentType copy(ByteReader reader, OutputStream out) throws IOException {
        Tee tee = new Tee(reader.asInputStream(), out);
        boolean contentTypes = false;
        boolean wordDocument = false;
        boolean odt = false;
        long expanded = 0;
        byte[] buffer = new byte[16 * 1024];
        try {
            ZipInputStream zip = new ZipInputStream(tee);
            ZipEntry entry;
            boolean first = true;
            while ((entry = zip.getNextEntry()) != null) {
                String name = entry.getName();
                if (name.equalsIgnoreCase("word/vbaProject.bin") || name.startsWith("Basic/")
                        || name.startsWith("Scripts/")) {
                    throw new RefusedContent("document.refused.macros");
                }
                if (name.startsWith("word/embeddings/")) {
                    throw new RefusedContent("document.refused.officeEmbedded");
                }
                contentTypes |= name.equals("[Content_Types].xml");
                // the main part is word/document.xml, or document2.xml... as some versions of Word name it
                wordDocument |= name.startsWith("word/document") && name.endsWith(".xml") && name.indexOf('/', 5) < 0;
                int read;
                StringBuilder mimetype = new StringBuilder();
                while ((read = zip.read(buffer)) >= 0) {
                    expanded += read;
                    if (expanded > MAX_EXPANDED_BYTES) {
                        throw RefusedContent.damaged();
                    }
                    if (first && name.equals("mimetype") && mimetype.length() < 100) {
                        mimetype.append(new String(buffer, 0, read, StandardCharsets.US_ASCII));
                    }
                }
                odt |= first && name.equals("mimetype") && mimetype.toString().strip().equals(ODT);
                first = false;
            }
        } catch (ZipException e) {
            throw RefusedContent.damaged();
        }
        tee.drain();
        if (odt) {
            return DocumentType.ODT;
        }
        if (contentTypes && wordDocument) {
            return DocumentType.DOCX;
        }
        throw new RefusedContent("document.refused.type");
    }

    /** Everything read from the upload also goes to the store, in order; the rest is drained at the end. */
    private static final class Tee extends FilterInputStream {
        private final OutputStream out;

        Tee(InputStream in, OutputStream out) {
            super(in);
            this.out = out;
        }

        @Override
        public int read() throws IOException {
            int value = super.read();
            if (value >= 0) {
                out.write(value);
            }
            return value;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int read = super.read(buffer, offset, length);
            if (read > 0) {
                out.write(buffer, offset, read);
            }
            return read;
        }

        @Override
        public void close() {
            // the upload is not the ZIP reader's to close
        }

        void drain() throws IOException {
            byte[] rest = new byte[16 * 1024];
            while (read(rest, 0, rest.length) >= 0) {
                // copied by read
            }
        }
    }
}
