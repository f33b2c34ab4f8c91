package eu.guardian.platform.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;

/**
 * A PDF being written (PDFBox underneath, docs/pdf.md): pages to draw on and the bundled fonts they use, embedded as
 * subsets when the document is finished. Page contents go to a temporary file rather than memory, so that an export
 * of thousands of pages holds little. Not thread-safe: one document, one thread.
 */
public final class PdfDocument implements AutoCloseable {

    private static final Set<String> RIGHT_TO_LEFT = Set.of("ar", "fa", "prs", "ps", "ur", "ckb", "he", "yi", "sd",
            "ug", "dv", "syr", "ks", "bal", "skr", "pnb", "sdh", "haz", "rhg");

    private final PDDocument document;
    private final Map<FontFace, EmbeddedFont> fonts = new LinkedHashMap<>();
    private PDPage page;
    private OutputStream contents;

    public PdfDocument(String title, Locale language) {
        document = new PDDocument(IOUtils.createTempFileOnlyStreamCache());
        document.getDocumentInformation().setTitle(title);
        document.getDocumentInformation().setProducer("Guardian");
        document.getDocumentCatalog().setLanguage(language.toLanguageTag());
    }

    /** Whether text in this language runs from right to left (Arabic script, Hebrew, Thaana, Syriac...). */
    public static boolean isRightToLeft(Locale language) {
        return RIGHT_TO_LEFT.contains(language.getLanguage());
    }

    /** Starts a new page of the size (e.g. {@link PDRectangle#A4}) and returns what draws on it. */
    public PdfCanvas newPage(PDRectangle size) {
        endPage();
        page = new PDPage(size);
        page.setResources(new PDResources());
        document.addPage(page);
        try {
            PDStream stream = new PDStream(document);
            page.setContents(stream);
            contents = stream.createOutputStream(COSName.FLATE_DECODE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PdfCanvas(this, contents, size.getWidth(), size.getHeight());
    }

    public int pageCount() {
        return document.getNumberOfPages();
    }

    /** The font as this document embeds it, named in the current page's resources. */
    EmbeddedFont font(FontFace face) {
        EmbeddedFont font = fonts.computeIfAbsent(face, f -> new EmbeddedFont(f, COSName.getPDFName("F"
                + (fonts.size() + 1))));
        COSDictionary resources = page.getResources().getCOSObject();
        COSDictionary pageFonts = resources.getCOSDictionary(COSName.FONT);
        if (pageFonts == null) {
            pageFonts = new COSDictionary();
            resources.setItem(COSName.FONT, pageFonts);
        }
        pageFonts.setItem(font.resourceName, font.dictionary);
        return font;
    }

    /** Finishes the document (fonts embedded) and writes it. */
    public void writeTo(OutputStream out) {
        try {
            endPage();
            for (EmbeddedFont font : fonts.values()) {
                font.finish(document);
            }
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeTo(out);
        return out.toByteArray();
    }

    @Override
    public void close() {
        try {
            if (contents != null) {
                contents.close();
            }
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void endPage() {
        if (contents != null) {
            try {
                contents.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            contents = null;
        }
    }
}
