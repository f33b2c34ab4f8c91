package eu.guardian.platform.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Drawing on one page, in PDF points from the page's lower left corner: text laid out by {@link Shaper} in the
 * bundled fonts, and simple vector shapes (lines, rectangles, circles, paths) for tables and pictograms.
 */
public final class PdfCanvas {

    /** How a line of text sits against the x it is given. */
    public enum Align { LEFT, CENTER, RIGHT }

    private final PdfDocument document;
    private final OutputStream out;
    private final float width;
    private final float height;

    PdfCanvas(PdfDocument document, OutputStream out, float width, float height) {
        this.document = document;
        this.out = out;
        this.width = width;
        this.height = height;
    }

    public float width() {
        return width;
    }

    public float height() {
        return height;
    }

    /**
     * One line of text (no line breaks) at the baseline; {@code rightToLeft} is the paragraph's direction (the bidi
     * algorithm still orders every run inside it). Returns the width drawn.
     */
    public float text(String text, float x, float baseline, float size, boolean bold, boolean rightToLeft,
            Align align) {
        Shaper.Line line = Shaper.of(bold).shape(text, rightToLeft);
        float lineWidth = line.advance() * size / 1000;
        float left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - lineWidth / 2;
            case RIGHT -> x - lineWidth;
        };
        draw(line, left, baseline, size);
        return lineWidth;
    }

    /** The width a line of text would take. */
    public static float widthOf(String text, float size, boolean bold) {
        return Shaper.of(bold).advance(text, Shaper.startsRightToLeft(text)) * size / 1000;
    }

    void draw(Shaper.Line line, float left, float baseline, float size) {
        float pen = left;
        for (GlyphRun run : line.runs()) {
            if (run.size() > 0) {
                drawRun(run, pen, baseline, size);
            }
            pen += run.advance() * size / 1000;
        }
    }

    private void drawRun(GlyphRun run, float left, float baseline, float size) {
        EmbeddedFont font = document.font(run.face());
        StringBuilder ops = new StringBuilder("BT\n/").append(font.resourceName.getName()).append(' ')
                .append(number(size)).append(" Tf\n");
        int i = 0;
        while (i < run.size()) {
            float rise = run.y()[i];
            ops.append("1 0 0 1 ").append(number(left + run.x()[i] * size / 1000)).append(' ')
                    .append(number(baseline + rise * size / 1000)).append(" Tm\n[<");
            int j = i;
            while (j < run.size() && run.y()[j] == rise) {
                if (j > i) {
                    float kern = run.x()[j - 1] + font.width(run.glyphs()[j - 1]) - run.x()[j];
                    if (Math.abs(kern) > 0.05f) {
                        ops.append(">").append(number(kern)).append("<");
                    }
                }
                ops.append(String.format(Locale.ROOT, "%04X", font.code(run.glyphs()[j], run.texts()[j])));
                j++;
            }
            ops.append(">] TJ\n");
            i = j;
        }
        write(ops.append("ET\n").toString());
    }

    /** The colour of what is filled from now on (text too), as 0xRRGGBB. */
    public PdfCanvas fillColor(int rgb) {
        return write(rgb(rgb) + " rg\n");
    }

    public PdfCanvas strokeColor(int rgb) {
        return write(rgb(rgb) + " RG\n");
    }

    public PdfCanvas lineWidth(float points) {
        return write(number(points) + " w\n");
    }

    /** Round line ends and joins (friendlier pictograms). */
    public PdfCanvas roundLines() {
        return write("1 J 1 j\n");
    }

    public PdfCanvas moveTo(float x, float y) {
        return write(number(x) + " " + number(y) + " m\n");
    }

    public PdfCanvas lineTo(float x, float y) {
        return write(number(x) + " " + number(y) + " l\n");
    }

    public PdfCanvas curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        return write(number(x1) + " " + number(y1) + " " + number(x2) + " " + number(y2) + " " + number(x3) + " "
                + number(y3) + " c\n");
    }

    public PdfCanvas closePath() {
        return write("h\n");
    }

    public PdfCanvas rect(float x, float y, float w, float h) {
        return write(number(x) + " " + number(y) + " " + number(w) + " " + number(h) + " re\n");
    }

    /** A circle as four Bézier quarters. */
    public PdfCanvas circle(float cx, float cy, float r) {
        return ellipse(cx, cy, r, r);
    }

    public PdfCanvas ellipse(float cx, float cy, float rx, float ry) {
        float kx = 0.5523f * rx;
        float ky = 0.5523f * ry;
        moveTo(cx + rx, cy);
        curveTo(cx + rx, cy + ky, cx + kx, cy + ry, cx, cy + ry);
        curveTo(cx - kx, cy + ry, cx - rx, cy + ky, cx - rx, cy);
        curveTo(cx - rx, cy - ky, cx - kx, cy - ry, cx, cy - ry);
        curveTo(cx + kx, cy - ry, cx + rx, cy - ky, cx + rx, cy);
        return closePath();
    }

    /** A rectangle with rounded corners of radius r. */
    public PdfCanvas roundedRect(float x, float y, float w, float h, float r) {
        float k = 0.5523f * r;
        moveTo(x + r, y);
        lineTo(x + w - r, y);
        curveTo(x + w - r + k, y, x + w, y + r - k, x + w, y + r);
        lineTo(x + w, y + h - r);
        curveTo(x + w, y + h - r + k, x + w - r + k, y + h, x + w - r, y + h);
        lineTo(x + r, y + h);
        curveTo(x + r - k, y + h, x, y + h - r + k, x, y + h - r);
        lineTo(x, y + r);
        curveTo(x, y + r - k, x + r - k, y, x + r, y);
        return closePath();
    }

    public PdfCanvas fill() {
        return write("f\n");
    }

    public PdfCanvas stroke() {
        return write("S\n");
    }

    public PdfCanvas fillAndStroke() {
        return write("B\n");
    }

    public PdfCanvas save() {
        return write("q\n");
    }

    public PdfCanvas restore() {
        return write("Q\n");
    }

    private PdfCanvas write(String operators) {
        try {
            out.write(operators.getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    private static String rgb(int rgb) {
        return number(((rgb >> 16) & 0xFF) / 255f) + " " + number(((rgb >> 8) & 0xFF) / 255f) + " "
                + number((rgb & 0xFF) / 255f);
    }

    static String number(float value) {
        if (value == Math.rint(value)) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
