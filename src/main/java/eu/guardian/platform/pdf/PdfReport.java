package eu.guardian.platform.pdf;

import java.io.OutputStream;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * A report as flowing text on A4 pages: headings, labelled fields, paragraphs and tables, wrapped into lines and pages,
 * in the reader's language and its direction (an Arabic reader's report runs from the right). Data — names, the
 * child's own words — is laid out in its own direction, as dir="auto" does on pages: a paragraph that starts with
 * Arabic script runs right to left and is aligned right, whatever the report's language. Every report Guardian writes
 * is one of these (docs/pdf.md).
 */
public final class PdfReport implements AutoCloseable {

    static final float LEADING = 1.35f;
    private static final float BODY = 10;
    private static final int TEXT = 0x1F2933;
    private static final int RULE = 0x9AA5B1;
    private static final int HEADER_FILL = 0xE8EEF7;

    private final PdfDocument document;
    private final PDRectangle size;
    private final float margin;
    private final boolean rightToLeft;
    private final Locale locale;
    private PdfCanvas canvas;
    private float y;
    private Table openTable;

    /** A portrait A4 report with 50 pt margins. */
    public PdfReport(String title, Locale locale) {
        this(title, locale, PDRectangle.A4, 50);
    }

    /** A landscape A4 report (wide tables) with the margins given. */
    public static PdfReport landscape(String title, Locale locale, float margin) {
        return new PdfReport(title, locale, new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth()),
                margin);
    }

    private PdfReport(String title, Locale locale, PDRectangle size, float margin) {
        this.document = new PdfDocument(title, locale);
        this.size = size;
        this.margin = margin;
        this.locale = locale;
        this.rightToLeft = PdfDocument.isRightToLeft(locale);
        newPage();
    }

    public boolean isRightToLeft() {
        return rightToLeft;
    }

    public void heading(String text) {
        space(6);
        flow(text, 14, true, false, TEXT);
        space(2);
    }

    public void subheading(String text) {
        space(4);
        flow(text, 11.5f, true, false, TEXT);
    }

    /** "Label: value" (an empty value shows as a dash), in the report's direction. */
    public void field(String label, String value) {
        flow(label + ": " + (value == null || value.isBlank() ? "–" : value), BODY, false, false, TEXT);
    }

    /** Data, in its own direction (dir="auto"); an empty paragraph shows as a dash. */
    public void paragraph(String text) {
        flow(text == null || text.isBlank() ? "–" : text, BODY, false, true, TEXT);
    }

    /** Text of the size and weight, in the report's direction. */
    public void text(String text, float points, boolean bold) {
        flow(text, points, bold, false, TEXT);
    }

    /** Text of the size, weight and colour (0xRRGGBB), in the report's direction. */
    public void text(String text, float points, boolean bold, int rgb) {
        flow(text, points, bold, false, rgb);
    }

    public void space(float points) {
        y -= points;
    }

    /** The width between the margins. */
    public float contentWidth() {
        return size.getWidth() - 2 * margin;
    }

    public float left() {
        return margin;
    }

    /** Space left on this page above the bottom margin. */
    public float remaining() {
        return y - margin;
    }

    /**
     * Reserves a block of the height for drawing (on a new page if it does not fit on this one) and returns the
     * canvas with the y of the block's top; the flow continues below it.
     */
    public Block reserve(float height) {
        if (y - height < margin) {
            newPage();
        }
        Block block = new Block(canvas, margin, y, contentWidth());
        y -= height;
        return block;
    }

    /** A block of a page to draw on: its left edge, its top (PDF points from the page's bottom) and width. */
    public record Block(PdfCanvas canvas, float left, float top, float width) {
    }

    public void newPage() {
        canvas = document.newPage(size);
        y = size.getHeight() - margin;
        if (openTable != null && openTable.header != null) {
            openTable.drawRow(openTable.header, true);
        }
    }

    /** A table whose columns take these shares of the width; its rows follow, its header repeats on every page. */
    public Table table(float textSize, float... shares) {
        openTable = new Table(textSize, shares);
        return openTable;
    }

    public byte[] bytes() {
        return document.bytes();
    }

    public void writeTo(OutputStream out) {
        document.writeTo(out);
    }

    public int pageCount() {
        return document.pageCount();
    }

    @Override
    public void close() {
        document.close();
    }

    private void flow(String text, float points, boolean bold, boolean ownDirection, int rgb) {
        canvas.fillColor(rgb);
        for (String paragraph : text.replace('\t', ' ').split("\\R", -1)) {
            boolean rtl = ownDirection ? Shaper.startsRightToLeft(paragraph) || paragraph.isBlank() && rightToLeft
                    : rightToLeft;
            for (String line : lines(paragraph, contentWidth(), points, bold, rtl, locale)) {
                if (y - points * LEADING < margin) {
                    newPage();
                    canvas.fillColor(rgb);
                }
                y -= points * LEADING;
                canvas.text(line, rtl ? margin + contentWidth() : margin, y, points, bold, rtl,
                        rtl ? PdfCanvas.Align.RIGHT : PdfCanvas.Align.LEFT);
            }
        }
    }

    /** The paragraph broken into lines that fit the width, at the places Unicode allows a line break. */
    static List<String> lines(String paragraph, float width, float points, boolean bold, boolean rtl, Locale locale) {
        Shaper shaper = Shaper.of(bold);
        float limit = width * 1000 / points;
        if (shaper.advance(paragraph.stripTrailing(), rtl) <= limit) {
            return List.of(paragraph.stripTrailing());
        }
        List<Integer> breaks = new ArrayList<>();
        BreakIterator iterator = BreakIterator.getLineInstance(locale);
        iterator.setText(paragraph);
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            breaks.add(end);
        }
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        int next = 0;
        while (lineStart < paragraph.length()) {
            int fitting = -1;
            int j = next;
            while (j < breaks.size()
                    && shaper.advance(paragraph.substring(lineStart, breaks.get(j)).stripTrailing(), rtl) <= limit) {
                fitting = breaks.get(j);
                j++;
            }
            if (j == breaks.size()) {
                lines.add(paragraph.substring(lineStart).stripTrailing());
                break;
            }
            if (fitting < 0) {
                int rest = splitLongWord(paragraph, lineStart, breaks.get(next), limit, shaper, rtl, lines);
                if (rest == lineStart) {
                    lines.add(paragraph.substring(lineStart, breaks.get(next)).stripTrailing());
                    lineStart = breaks.get(next);
                    next++;
                } else {
                    lineStart = rest;
                }
                continue;
            }
            lines.add(paragraph.substring(lineStart, fitting).stripTrailing());
            lineStart = fitting;
            next = j;
        }
        return lines;
    }

    /** A word wider than the line, cut between characters: adds the full pieces, returns where the rest starts. */
    private static int splitLongWord(String paragraph, int from, int to, float limit, Shaper shaper, boolean rtl,
            List<String> lines) {
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(paragraph);
        int start = from;
        int fit = from;
        for (int end = characters.following(from); end != BreakIterator.DONE && end <= to;
                end = characters.next()) {
            if (shaper.advance(paragraph.substring(start, end), rtl) > limit && fit > start) {
                lines.add(paragraph.substring(start, fit));
                start = fit;
            }
            fit = end;
        }
        return start;
    }

    /** Rows of wrapped cells with ruled borders; a row that does not fit moves to the next page (or is split). */
    public final class Table {

        private final float textSize;
        private final float[] widths;
        private List<String> header;

        private Table(float textSize, float[] shares) {
            this.textSize = textSize;
            float total = 0;
            for (float share : shares) {
                total += share;
            }
            widths = new float[shares.length];
            for (int i = 0; i < shares.length; i++) {
                widths[i] = contentWidth() * shares[i] / total;
            }
        }

        /** The header row (bold, shaded), drawn now and again at the top of every following page. */
        public Table header(String... cells) {
            drawRow(Arrays.asList(cells), true);
            header = Arrays.asList(cells);
            return this;
        }

        public Table row(String... cells) {
            drawRow(Arrays.asList(cells), false);
            return this;
        }

        public Table row(List<String> cells) {
            drawRow(cells, false);
            return this;
        }

        /** Ends the table: later pages repeat no header. */
        public void end() {
            if (openTable == this) {
                openTable = null;
            }
            space(6);
        }

        private void drawRow(List<String> cells, boolean bold) {
            float padding = 2;
            float leading = textSize * LEADING;
            List<List<String>> cellLines = new ArrayList<>();
            boolean[] cellRtl = new boolean[widths.length];
            int tallest = 1;
            for (int c = 0; c < widths.length; c++) {
                String text = c < cells.size() && cells.get(c) != null ? cells.get(c).replace('\t', ' ') : "";
                cellRtl[c] = text.isBlank() ? rightToLeft : Shaper.startsRightToLeft(text);
                List<String> lines = new ArrayList<>();
                for (String paragraph : text.split("\\R", -1)) {
                    lines.addAll(lines(paragraph, widths[c] - 2 * padding, textSize, bold, cellRtl[c], locale));
                }
                cellLines.add(lines);
                tallest = Math.max(tallest, lines.size());
            }
            int done = 0;
            while (done < tallest) {
                int fit = (int) ((y - margin - 2 * padding) / leading);
                int wanted = tallest - done;
                float pageRoom = size.getHeight() - 2 * margin - 2 * padding - (header == null ? 0 : leading * 2);
                if (fit < wanted && (fit < 1 || wanted * leading <= pageRoom)) {
                    newPage();
                    continue;
                }
                int count = Math.min(fit, wanted);
                float rowHeight = count * leading + 2 * padding;
                float x = rightToLeft ? margin + contentWidth() : margin;
                for (int c = 0; c < widths.length; c++) {
                    float cellLeft = rightToLeft ? x - widths[c] : x;
                    if (bold) {
                        canvas.fillColor(HEADER_FILL).rect(cellLeft, y - rowHeight, widths[c], rowHeight).fill();
                    }
                    canvas.strokeColor(RULE).lineWidth(0.5f).rect(cellLeft, y - rowHeight, widths[c], rowHeight)
                            .stroke();
                    canvas.fillColor(TEXT);
                    List<String> lines = cellLines.get(c);
                    for (int l = done; l < Math.min(lines.size(), done + count); l++) {
                        float baseline = y - padding - (l - done + 1) * leading + leading * 0.25f;
                        canvas.text(lines.get(l), cellRtl[c] ? cellLeft + widths[c] - padding : cellLeft + padding,
                                baseline, textSize, bold, cellRtl[c],
                                cellRtl[c] ? PdfCanvas.Align.RIGHT : PdfCanvas.Align.LEFT);
                    }
                    x = rightToLeft ? x - widths[c] : x + widths[c];
                }
                y -= rowHeight;
                done += count;
            }
        }
    }
}
