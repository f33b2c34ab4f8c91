package eu.guardian.platform.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;

/**
 * A bundled font as one PDF document uses it: a Type 0 font whose codes are given out here, one per glyph and the
 * text it stands for (the same glyph may stand for different texts: a space and a zero-width non-joiner, two letters
 * that share a form), so that the ToUnicode map gives every code its exact text. When the document is finished only
 * the glyphs used are embedded (a TrueType subset), with the widths, the code-to-glyph map and the ToUnicode map.
 */
final class EmbeddedFont {

    private static final List<String> SUBSET_TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp");

    final FontFace face;
    final COSName resourceName;
    final COSDictionary dictionary = new COSDictionary();
    private final Map<String, Integer> codeOf = new HashMap<>();
    private final List<Integer> glyphOfCode = new ArrayList<>(List.of(0));
    private final List<String> textOfCode = new ArrayList<>(List.of(""));

    EmbeddedFont(FontFace face, COSName resourceName) {
        this.face = face;
        this.resourceName = resourceName;
    }

    /** The code that draws the glyph and extracts as the text. */
    int code(int glyph, String text) {
        return codeOf.computeIfAbsent(glyph + "/" + text, key -> {
            if (glyphOfCode.size() > 0xFFFE) {
                throw new IllegalStateException("More than 65534 distinct glyphs of one font in one document");
            }
            glyphOfCode.add(glyph);
            textOfCode.add(text);
            return glyphOfCode.size() - 1;
        });
    }

    /** The glyph's advance in thousandths of an em, as the PDF's width table states it. */
    float width(int glyph) {
        return Math.round(face.advance(glyph));
    }

    /** Embeds the subset and fills the font's dictionary; called once, when the document is finished. */
    void finish(PDDocument document) throws IOException {
        TreeSet<Integer> used = new TreeSet<>(glyphOfCode);
        byte[] subset;
        Map<Integer, Integer> newOfOld = new HashMap<>();
        try (TrueTypeFont ttf = face.parse()) {
            TTFSubsetter subsetter = new TTFSubsetter(ttf, SUBSET_TABLES);
            subsetter.addGlyphIds(used);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            subset = out.toByteArray();
            subsetter.getGIDMap().forEach((newGlyph, oldGlyph) -> newOfOld.put(oldGlyph, newGlyph));
        }
        String name = tag(used) + "+" + face.postScriptName;

        COSStream fontFile = stream(document, subset);
        fontFile.setInt(COSName.LENGTH1, subset.length);
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        descriptor.setInt(COSName.FLAGS, 4);
        descriptor.setItem(COSName.FONT_BBOX, numbers(face.boundingBox));
        descriptor.setFloat(COSName.ITALIC_ANGLE, face.italicAngle);
        descriptor.setFloat(COSName.ASCENT, face.ascent);
        descriptor.setFloat(COSName.DESCENT, face.descent);
        descriptor.setFloat(COSName.CAP_HEIGHT, face.capHeight);
        descriptor.setInt(COSName.STEM_V, face.bold ? 120 : 80);
        descriptor.setItem(COSName.FONT_FILE2, fontFile);

        byte[] cidToGid = new byte[glyphOfCode.size() * 2];
        COSArray widths = new COSArray();
        for (int code = 0; code < glyphOfCode.size(); code++) {
            int glyph = newOfOld.getOrDefault(glyphOfCode.get(code), 0);
            cidToGid[2 * code] = (byte) (glyph >> 8);
            cidToGid[2 * code + 1] = (byte) glyph;
            widths.add(COSInteger.get((long) width(glyphOfCode.get(code))));
        }
        COSArray w = new COSArray();
        w.add(COSInteger.ZERO);
        w.add(widths);

        COSDictionary systemInfo = new COSDictionary();
        systemInfo.setString(COSName.REGISTRY, "Adobe");
        systemInfo.setString(COSName.ORDERING, "Identity");
        systemInfo.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cidFont = new COSDictionary();
        cidFont.setItem(COSName.TYPE, COSName.FONT);
        cidFont.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cidFont.setName(COSName.BASE_FONT, name);
        cidFont.setItem(COSName.CIDSYSTEMINFO, systemInfo);
        cidFont.setItem(COSName.FONT_DESC, descriptor);
        cidFont.setItem(COSName.W, w);
        cidFont.setItem(COSName.CID_TO_GID_MAP, stream(document, cidToGid));

        COSArray descendants = new COSArray();
        descendants.add(cidFont);
        dictionary.setItem(COSName.TYPE, COSName.FONT);
        dictionary.setItem(COSName.SUBTYPE, COSName.TYPE0);
        dictionary.setName(COSName.BASE_FONT, name);
        dictionary.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        dictionary.setItem(COSName.DESCENDANT_FONTS, descendants);
        dictionary.setItem(COSName.TO_UNICODE, stream(document, toUnicode()));
    }

    /** The ToUnicode CMap: each code to its text (UTF-16BE); codes standing for nothing are left out. */
    private byte[] toUnicode() {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n"
                + "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        List<String> entries = new ArrayList<>();
        for (int code = 1; code < textOfCode.size(); code++) {
            String text = textOfCode.get(code);
            if (!text.isEmpty()) {
                StringBuilder hex = new StringBuilder();
                for (char c : text.toCharArray()) {
                    hex.append(String.format(Locale.ROOT, "%04X", (int) c));
                }
                entries.add(String.format(Locale.ROOT, "<%04X> <%s>", code, hex));
            }
        }
        for (int from = 0; from < entries.size(); from += 100) {
            List<String> block = entries.subList(from, Math.min(entries.size(), from + 100));
            cmap.append(block.size()).append(" beginbfchar\n").append(String.join("\n", block))
                    .append("\nendbfchar\n");
        }
        cmap.append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return cmap.toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static COSStream stream(PDDocument document, byte[] bytes) throws IOException {
        COSStream stream = document.getDocument().createCOSStream();
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ByteArrayInputStream(bytes).transferTo(out);
        }
        return stream;
    }

    private static COSArray numbers(float[] values) {
        COSArray array = new COSArray();
        for (float value : values) {
            array.add(new COSFloat(value));
        }
        return array;
    }

    /** The subset's six-letter tag, derived from the glyphs it holds (the same subset, the same tag). */
    private static String tag(TreeSet<Integer> glyphs) {
        long hash = glyphs.hashCode() & 0xFFFFFFFFL;
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append((char) ('A' + hash % 26));
            hash /= 26;
        }
        return tag.toString();
    }
}
