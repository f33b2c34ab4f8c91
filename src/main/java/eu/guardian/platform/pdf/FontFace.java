package eu.guardian.platform.pdf;

import eu.guardian.platform.fonts.NotoFont;
import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.util.BoundingBox;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * One bundled font in one weight, read once per JVM: which glyph each character has, the glyphs' advances and the
 * metrics a PDF's font descriptor needs, all in thousandths of an em. Immutable, shared by every document; the
 * shaping engine's view of the font (Java 2D, whose layout is HarfBuzz) is made when first needed.
 */
final class FontFace {

    private static final Map<String, FontFace> LOADED = new ConcurrentHashMap<>();

    final NotoFont font;
    final boolean bold;
    final String postScriptName;
    final float ascent;
    final float descent;
    final float capHeight;
    final float italicAngle;
    final float[] boundingBox;
    private final byte[] data;
    private final Map<Integer, Integer> glyphOfCodePoint;
    private final float[] advances;
    private volatile Font shapingFont;

    private FontFace(NotoFont font, boolean bold) {
        this.font = font;
        this.bold = bold;
        this.data = font.read(bold);
        try (TrueTypeFont ttf = parse()) {
            float scale = 1000f / ttf.getUnitsPerEm();
            postScriptName = ttf.getName().replaceAll("[^A-Za-z0-9-]", "");
            ascent = ttf.getHorizontalHeader().getAscender() * scale;
            descent = ttf.getHorizontalHeader().getDescender() * scale;
            capHeight = ttf.getOS2Windows() == null ? ascent : ttf.getOS2Windows().getCapHeight() * scale;
            italicAngle = ttf.getPostScript().getItalicAngle();
            BoundingBox box = ttf.getFontBBox();
            boundingBox = new float[] {box.getLowerLeftX() * scale, box.getLowerLeftY() * scale,
                box.getUpperRightX() * scale, box.getUpperRightY() * scale};
            int glyphs = ttf.getNumberOfGlyphs();
            advances = new float[glyphs];
            Map<Integer, Integer> cmap = new HashMap<>();
            CmapLookup lookup = ttf.getUnicodeCmapLookup(false);
            for (int gid = 0; gid < glyphs; gid++) {
                advances[gid] = ttf.getAdvanceWidth(gid) * scale;
                List<Integer> codePoints = gid == 0 ? null : lookup.getCharCodes(gid);
                if (codePoints != null) {
                    for (int codePoint : codePoints) {
                        cmap.putIfAbsent(codePoint, gid);
                    }
                }
            }
            glyphOfCodePoint = Map.copyOf(cmap);
        } catch (IOException e) {
            throw new UncheckedIOException("Font " + font.fileName(bold) + " cannot be read", e);
        }
    }

    static FontFace of(NotoFont font, boolean bold) {
        return LOADED.computeIfAbsent(font.fileName(bold), name -> new FontFace(font, bold));
    }

    /** The font's glyph for the character, 0 (.notdef) when it has none. */
    int glyph(int codePoint) {
        return glyphOfCodePoint.getOrDefault(codePoint, 0);
    }

    boolean has(int codePoint) {
        return glyphOfCodePoint.containsKey(codePoint);
    }

    /** The glyph's advance in thousandths of an em. */
    float advance(int glyph) {
        return glyph < advances.length ? advances[glyph] : 0;
    }

    int glyphCount() {
        return advances.length;
    }

    /** A fresh parse of the font file, for subsetting (fontbox's tables are read lazily, not thread-safe). */
    TrueTypeFont parse() throws IOException {
        return new TTFParser().parse(new RandomAccessReadBuffer(data));
    }

    /** Java 2D's font at 1000 points, so that layout positions come out in thousandths of an em. */
    Font shapingFont() {
        Font result = shapingFont;
        if (result == null) {
            try {
                result = Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(data)).deriveFont(1000f);
            } catch (FontFormatException | IOException e) {
                throw new IllegalStateException("Font " + font.fileName(bold) + " cannot be shaped", e);
            }
            shapingFont = result;
        }
        return result;
    }
}
