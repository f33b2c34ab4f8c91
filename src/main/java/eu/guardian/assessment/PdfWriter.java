package eu.guardian.assessment;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A small flowing-text PDF writer (A4, headings, labelled paragraphs, wrapped lines, page breaks) on PDFBox. Uses the
 * Liberation Sans font that PDFBox ships (Latin, Greek, Cyrillic), embedded as a subset; characters the font lacks
 * (e.g. Arabic script) are printed as "?" rather than failing the report.
 */
final class PdfWriter implements AutoCloseable {

    private static final float MARGIN = 50;
    private static final float BODY = 10;
    private static final float LEADING = 1.35f;

    private final PDDocument document = new PDDocument();
    private final PDFont font;
    private PDPageContentStream stream;
    private float y;

    PdfWriter(String title) {
        try (InputStream ttf = PDDocument.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            font = PDType0Font.load(document, ttf);
            document.getDocumentInformation().setTitle(title);
            newPage();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void heading(String text) {
        space(6);
        lines(text, 14);
        space(2);
    }

    void subheading(String text) {
        space(4);
        lines(text, 11.5f);
    }

    /** "Label: value" (the value may be empty: then a dash). */
    void field(String label, String value) {
        lines(label + ": " + (value == null || value.isBlank() ? "–" : value), BODY);
    }

    void paragraph(String text) {
        lines(text == null || text.isBlank() ? "–" : text, BODY);
    }

    void space(float points) {
        y -= points;
    }

    byte[] bytes() {
        try {
            stream.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void lines(String text, float size) {
        try {
            for (String paragraph : printable(text).split("\\R")) {
                for (String line : wrap(paragraph, size)) {
                    if (y - size * LEADING < MARGIN) {
                        newPage();
                    }
                    y -= size * LEADING;
                    stream.beginText();
                    stream.setFont(font, size);
                    stream.newLineAtOffset(MARGIN, y);
                    stream.showText(line);
                    stream.endText();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> wrap(String paragraph, float size) throws IOException {
        float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
        List<String> result = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : paragraph.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size <= width || line.isEmpty()) {
                line.setLength(0);
                line.append(candidate);
            } else {
                result.add(line.toString());
                line.setLength(0);
                line.append(word);
            }
        }
        result.add(line.toString());
        return result;
    }

    /** The text with every character the font cannot show replaced by "?" (and tabs by spaces). */
    private String printable(String text) {
        StringBuilder out = new StringBuilder();
        text.replace('\t', ' ').codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (ch.equals("\n") || ch.equals("\r")) {
                out.append(ch);
                return;
            }
            try {
                font.encode(ch);
                out.append(ch);
            } catch (IOException | IllegalArgumentException e) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private void newPage() throws IOException {
        if (stream != null) {
            stream.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }
}
