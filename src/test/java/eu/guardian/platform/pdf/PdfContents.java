package eu.guardian.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * What a reader finds in a PDF, for tests: its text as PDFBox extracts it (logical order), every drawn character that
 * has no glyph (.notdef) or comes from a font that is not embedded, the fonts, and a page as a picture.
 */
public final class PdfContents {

    private PdfContents() {
    }

    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each drawn code without a glyph, or in a font that is not embedded: "font code" (empty when all is well). */
    public static List<String> missingGlyphs(byte[] pdf) {
        List<String> missing = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper walker = new PDFTextStripper() {
                @Override
                protected void showGlyph(Matrix matrix, PDFont font, int code, Vector displacement)
                        throws IOException {
                    boolean noGlyph = font instanceof PDType0Font type0 && type0.codeToGID(code) == 0;
                    if (noGlyph || !font.isEmbedded()) {
                        missing.add(font.getName() + " " + code);
                    }
                    super.showGlyph(matrix, font, code, displacement);
                }
            };
            walker.getText(document);
            return missing;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The names of the fonts the pages use (a subset's name starts with its six-letter tag and "+"). */
    public static Set<String> fonts(byte[] pdf) {
        Set<String> names = new TreeSet<>();
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    names.add(page.getResources().getFont(name).getName());
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails unless each text extracts exactly (logical order), every drawn character has a glyph, and the pages use
     * embedded Noto subsets only: what the script tests of every PDF ask (docs/pdf.md, "Tests").
     */
    public static void assertScriptsIntact(byte[] pdf, List<String> texts) {
        String text = text(pdf);
        for (String expected : texts) {
            assertTrue(text.contains(expected), () -> "missing " + expected + " in\n" + text);
        }
        assertEquals(List.of(), missingGlyphs(pdf));
        assertTrue(fonts(pdf).stream().allMatch(font -> font.matches(
                "[A-Z]{6}\\+Noto.*")), () -> "embedded Noto subsets only: " + fonts(pdf));
    }

    public static int pages(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page (0 first) as a PNG at the resolution, e.g. for the README. */
    public static void render(byte[] pdf, int page, float dpi, Path png) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage image = new PDFRenderer(document).renderImageWithDPI(page, dpi);
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(image, "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
