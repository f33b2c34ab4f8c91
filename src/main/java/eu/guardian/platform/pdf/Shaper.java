package eu.guardian.platform.pdf;

import eu.guardian.platform.fonts.NotoFont;
import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.text.Bidi;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Lays out one line of text as glyphs, the way a browser would (docs/pdf.md): the Unicode bidirectional algorithm
 * orders right-to-left and left-to-right runs, each character takes the first bundled font that has it, and runs of
 * scripts whose letters change shape (Arabic script's joining forms and Pashto, Dari or Sorani letters, Indic
 * conjuncts, marks) are shaped by HarfBuzz through Java 2D with the font's OpenType tables. Scripts whose letters
 * never change shape (Latin, Greek, Cyrillic, Ethiopic, Hebrew without points...) take the font's glyphs directly.
 * A character no bundled font has is drawn as the replacement glyph but keeps its text.
 */
final class Shaper {

    /** A laid-out line: runs in visual order, its width in thousandths of an em. */
    record Line(List<GlyphRun> runs, float advance) {
    }

    private static final FontRenderContext LAYOUT = new FontRenderContext(null, false, true);
    private static final Set<Character.UnicodeScript> SHAPED_SCRIPTS = EnumSet.of(Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.SYRIAC, Character.UnicodeScript.THAANA, Character.UnicodeScript.NKO,
            Character.UnicodeScript.ADLAM, Character.UnicodeScript.MONGOLIAN, Character.UnicodeScript.DEVANAGARI,
            Character.UnicodeScript.BENGALI, Character.UnicodeScript.GURMUKHI, Character.UnicodeScript.GUJARATI,
            Character.UnicodeScript.ORIYA, Character.UnicodeScript.TAMIL, Character.UnicodeScript.TELUGU,
            Character.UnicodeScript.KANNADA, Character.UnicodeScript.MALAYALAM, Character.UnicodeScript.SINHALA,
            Character.UnicodeScript.THAI, Character.UnicodeScript.LAO, Character.UnicodeScript.TIBETAN,
            Character.UnicodeScript.MYANMAR, Character.UnicodeScript.KHMER, Character.UnicodeScript.HANGUL);
    private static final int REPLACEMENT = 0xFFFD;

    private final List<FontFace> faces;

    private Shaper(List<FontFace> faces) {
        this.faces = faces;
    }

    private static final Shaper REGULAR = new Shaper(faces(false));
    private static final Shaper BOLD = new Shaper(faces(true));

    static Shaper of(boolean bold) {
        return bold ? BOLD : REGULAR;
    }

    private static List<FontFace> faces(boolean bold) {
        return Arrays.stream(NotoFont.values()).map(font -> FontFace.of(font, bold)).toList();
    }

    /** The direction of a text as dir="auto" decides it: its first strong character's (left to right if none). */
    static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            byte direction = Character.getDirectionality(codePoint);
            if (direction == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT
                    || direction == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
            i += Character.charCount(codePoint);
        }
        return false;
    }

    /** The line's width in thousandths of an em, without laying out its glyphs' text. */
    float advance(String text, boolean rightToLeft) {
        return shape(text, rightToLeft).advance();
    }

    /** Lays out a line (no line breaks in it) whose paragraph runs left to right or right to left. */
    Line shape(String text, boolean rightToLeft) {
        if (text.isEmpty()) {
            return new Line(List.of(), 0);
        }
        char[] chars = text.toCharArray();
        byte[] levels = levels(text, chars, rightToLeft);
        FontFace[] faceOf = itemize(text);
        List<int[]> spans = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= chars.length; i++) {
            boolean boundary = i == chars.length
                    || !Character.isLowSurrogate(chars[i]) && (levels[i] != levels[start] || faceOf[i] != faceOf[start]);
            if (boundary) {
                spans.add(new int[] {start, i});
                start = i;
            }
        }
        Integer[] order = new Integer[spans.size()];
        byte[] spanLevels = new byte[spans.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
            spanLevels[i] = levels[spans.get(i)[0]];
        }
        Bidi.reorderVisually(spanLevels, 0, order, 0, order.length);
        List<GlyphRun> runs = new ArrayList<>();
        float advance = 0;
        for (Integer index : order) {
            int[] span = spans.get(index);
            GlyphRun run = shapeRun(text, chars, span[0], span[1], faceOf[span[0]], (spanLevels[index] & 1) == 1);
            runs.add(run);
            advance += run.advance();
        }
        return new Line(runs, advance);
    }

    private static byte[] levels(String text, char[] chars, boolean rightToLeft) {
        byte[] levels = new byte[chars.length];
        if (!rightToLeft && !Bidi.requiresBidi(chars, 0, chars.length)) {
            return levels;
        }
        Bidi bidi = new Bidi(text, rightToLeft ? Bidi.DIRECTION_RIGHT_TO_LEFT : Bidi.DIRECTION_LEFT_TO_RIGHT);
        for (int i = 0; i < chars.length; i++) {
            levels[i] = (byte) bidi.getLevelAt(i);
        }
        return levels;
    }

    /**
     * The font of each character (at the first char of a code point; the low surrogate repeats it): the first that has
     * a letter; punctuation, digits, spaces and marks stay with their neighbour's font when it has them.
     */
    private FontFace[] itemize(String text) {
        FontFace[] faceOf = new FontFace[text.length()];
        boolean[] neutral = new boolean[text.length()];
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
            neutral[i] = script == Character.UnicodeScript.COMMON || script == Character.UnicodeScript.INHERITED
                    || script == Character.UnicodeScript.UNKNOWN;
            if (!neutral[i]) {
                faceOf[i] = firstHaving(codePoint);
            }
            i += Character.charCount(codePoint);
        }
        FontFace previous = null;
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (neutral[i]) {
                FontFace next = nextFace(faceOf, neutral, i);
                if (previous != null && previous.has(codePoint)) {
                    faceOf[i] = previous;
                } else if (next != null && next.has(codePoint)) {
                    faceOf[i] = next;
                } else {
                    faceOf[i] = firstHaving(codePoint);
                }
            }
            previous = faceOf[i];
            int count = Character.charCount(codePoint);
            if (count == 2) {
                faceOf[i + 1] = faceOf[i];
            }
            i += count;
        }
        return faceOf;
    }

    private static FontFace nextFace(FontFace[] faceOf, boolean[] neutral, int from) {
        for (int i = from + 1; i < faceOf.length; i++) {
            if (!neutral[i] && faceOf[i] != null) {
                return faceOf[i];
            }
        }
        return null;
    }

    /** The first bundled font with the character; Noto Sans (drawing the replacement glyph) when none has it. */
    private FontFace firstHaving(int codePoint) {
        for (FontFace face : faces) {
            if (face.has(codePoint)) {
                return face;
            }
        }
        return faces.get(0);
    }

    private GlyphRun shapeRun(String text, char[] chars, int start, int limit, FontFace face, boolean rightToLeft) {
        boolean complex = false;
        for (int i = start; i < limit; ) {
            int codePoint = text.codePointAt(i);
            if (!face.has(codePoint)) {
                return direct(text, start, limit, face, rightToLeft);
            }
            complex |= needsShaping(codePoint);
            i += Character.charCount(codePoint);
        }
        return complex ? harfBuzz(text, chars, start, limit, face, rightToLeft)
                : direct(text, start, limit, face, rightToLeft);
    }

    private static boolean needsShaping(int codePoint) {
        int type = Character.getType(codePoint);
        return SHAPED_SCRIPTS.contains(Character.UnicodeScript.of(codePoint))
                || type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || codePoint == 0x200C || codePoint == 0x200D;
    }

    /** Bidi controls only order the text; they are no part of what it says and have no glyph. */
    private static boolean isBidiControl(int codePoint) {
        return codePoint == 0x200E || codePoint == 0x200F || codePoint == 0x061C
                || codePoint >= 0x202A && codePoint <= 0x202E || codePoint >= 0x2066 && codePoint <= 0x2069;
    }

    /** One glyph per character from the font's character map (mirrored brackets in right-to-left runs). */
    private static GlyphRun direct(String text, int start, int limit, FontFace face, boolean rightToLeft) {
        int[] codePoints = text.substring(start, limit).codePoints().filter(cp -> !isBidiControl(cp)).toArray();
        int n = codePoints.length;
        int[] glyphs = new int[n];
        String[] texts = new String[n];
        float[] x = new float[n];
        float pen = 0;
        for (int visual = 0; visual < n; visual++) {
            int codePoint = codePoints[rightToLeft ? n - 1 - visual : visual];
            int glyph = face.glyph(rightToLeft ? mirrored(codePoint) : codePoint);
            if (glyph == 0) {
                glyph = face.glyph(face.has(REPLACEMENT) ? REPLACEMENT : '?');
            }
            glyphs[visual] = glyph;
            texts[visual] = new String(Character.toChars(rightToLeft ? mirrored(codePoint) : codePoint));
            x[visual] = pen;
            pen += face.advance(glyph);
        }
        return new GlyphRun(face, glyphs, texts, x, new float[n], pen);
    }

    private static int mirrored(int codePoint) {
        return switch (codePoint) {
            case '(' -> ')';
            case ')' -> '(';
            case '[' -> ']';
            case ']' -> '[';
            case '{' -> '}';
            case '}' -> '{';
            case '<' -> '>';
            case '>' -> '<';
            case '«' -> '»';
            case '»' -> '«';
            default -> codePoint;
        };
    }

    /**
     * HarfBuzz's glyphs for the run, with their positions. Each cluster's characters go to its first glyph in logical
     * order, a mark in a cluster of its own to the letter before it; its other glyphs (marks, a letter drawn as a body and dots) stand for nothing. In
     * right-to-left runs a glyph standing for several characters keeps them reversed and mirrored, as a reader of the
     * PDF reverses and mirrors the run back (PDFBox does).
     */
    private static GlyphRun harfBuzz(String text, char[] chars, int start, int limit, FontFace face,
            boolean rightToLeft) {
        Font font = face.shapingFont();
        GlyphVector vector = font.layoutGlyphVector(LAYOUT, chars, start, limit,
                rightToLeft ? Font.LAYOUT_RIGHT_TO_LEFT : Font.LAYOUT_LEFT_TO_RIGHT);
        int count = vector.getNumGlyphs();
        float[] positions = vector.getGlyphPositions(0, count + 1, null);
        int[] clusters = vector.getGlyphCharIndices(0, count, null);
        String[] texts = new String[count];
        Arrays.fill(texts, "");
        int[] sortedStarts = Arrays.stream(clusters).distinct().sorted().toArray();
        List<Integer> firstGlyphs = new ArrayList<>();
        List<StringBuilder> clusterTexts = new ArrayList<>();
        for (int c = 0; c < sortedStarts.length; c++) {
            int from = start + sortedStarts[c];
            int to = c + 1 < sortedStarts.length ? start + sortedStarts[c + 1] : limit;
            int[] codePoints = text.substring(from, to).codePoints().filter(cp -> !isBidiControl(cp)).toArray();
            StringBuilder cluster = new StringBuilder();
            for (int codePoint : codePoints) {
                cluster.appendCodePoint(rightToLeft ? mirrored(codePoint) : codePoint);
            }
            if (!clusterTexts.isEmpty() && codePoints.length > 0 && Arrays.stream(codePoints).allMatch(Shaper::isMark)) {
                // A mark HarfBuzz leaves in a cluster of its own (a tanween before an alef) belongs to the letter
                // before it: a reader would otherwise attach it to whichever glyph it overlaps.
                clusterTexts.get(clusterTexts.size() - 1).append(cluster);
                continue;
            }
            int first = -1;
            for (int g = 0; g < count; g++) {
                if (clusters[g] == sortedStarts[c] && (first < 0 || rightToLeft)) {
                    first = g;
                }
            }
            firstGlyphs.add(first);
            clusterTexts.add(cluster);
        }
        for (int c = 0; c < firstGlyphs.size(); c++) {
            String stands = clusterTexts.get(c).toString();
            if (firstGlyphs.get(c) >= 0) {
                texts[firstGlyphs.get(c)] = rightToLeft && stands.length() > 1 ? reverse(stands) : stands;
            }
        }
        List<Integer> kept = new ArrayList<>();
        for (int g = 0; g < count; g++) {
            int glyph = vector.getGlyphCode(g);
            if (glyph < face.glyphCount() && (glyph != 0 || !texts[g].isEmpty())) {
                kept.add(g);
            }
        }
        int n = kept.size();
        int[] glyphs = new int[n];
        String[] keptTexts = new String[n];
        float[] x = new float[n];
        float[] y = new float[n];
        for (int k = 0; k < n; k++) {
            int g = kept.get(k);
            int glyph = vector.getGlyphCode(g);
            glyphs[k] = glyph == 0 ? face.glyph(face.has(REPLACEMENT) ? REPLACEMENT : '?') : glyph;
            keptTexts[k] = texts[g];
            x[k] = positions[2 * g];
            y[k] = -positions[2 * g + 1];
        }
        return new GlyphRun(face, glyphs, keptTexts, x, y, positions[2 * count]);
    }

    private static boolean isMark(int codePoint) {
        int type = Character.getType(codePoint);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK;
    }

    /**
     * The characters in reverse order, but each letter still followed by its marks: a reader that reverses a
     * right-to-left run back keeps marks after the letter they follow in the run (PDFBox does).
     */
    private static String reverse(String text) {
        List<String> letters = new ArrayList<>();
        text.codePoints().forEach(codePoint -> {
            boolean mark = isMark(codePoint);
            String character = new String(Character.toChars(codePoint));
            if (mark && !letters.isEmpty()) {
                letters.set(letters.size() - 1, letters.get(letters.size() - 1) + character);
            } else {
                letters.add(character);
            }
        });
        java.util.Collections.reverse(letters);
        return String.join("", letters);
    }
}
