package eu.guardian.platform.fonts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * The Noto fonts Guardian carries, one family per script of the languages in its reference list (CJK excepted: see
 * docs/pdf.md). The build fetches them (pom.xml, never committed) into the classes under {@code files/}; PDFs embed
 * subsets of them (eu.guardian.platform.pdf), pages get some of them as web fonts ({@link FontServlet}).
 * <p>
 * The order is the order in which a PDF looks for a character's glyph: Noto Sans (Latin, Greek, Cyrillic) first.
 */
public enum NotoFont {
    SANS("NotoSans", true),
    ARABIC("NotoSansArabic", true),
    ETHIOPIC("NotoSansEthiopic", true),
    HEBREW("NotoSansHebrew", false),
    ARMENIAN("NotoSansArmenian", false),
    GEORGIAN("NotoSansGeorgian", false),
    DEVANAGARI("NotoSansDevanagari", false),
    BENGALI("NotoSansBengali", false),
    GURMUKHI("NotoSansGurmukhi", false),
    GUJARATI("NotoSansGujarati", false),
    ORIYA("NotoSansOriya", false),
    TAMIL("NotoSansTamil", false),
    TELUGU("NotoSansTelugu", false),
    KANNADA("NotoSansKannada", false),
    MALAYALAM("NotoSansMalayalam", false),
    SINHALA("NotoSansSinhala", false),
    THAI("NotoSansThai", false),
    LAO("NotoSansLao", false),
    KHMER("NotoSansKhmer", false),
    MYANMAR("NotoSansMyanmar", false),
    TIBETAN("NotoSerifTibetan", false),
    THAANA("NotoSansThaana", false),
    SYRIAC("NotoSansSyriac", false),
    TIFINAGH("NotoSansTifinagh", false),
    ADLAM("NotoSansAdlam", false),
    CANADIAN_ABORIGINAL("NotoSansCanadianAboriginal", false),
    YI("NotoSansYi", false);

    private final String family;
    private final boolean hasBold;

    NotoFont(String family, boolean hasBold) {
        this.family = family;
        this.hasBold = hasBold;
    }

    /** The TrueType file of the weight (regular where the bold is not carried). */
    public String fileName(boolean bold) {
        return family + (bold && hasBold ? "_700Bold.ttf" : "_400Regular.ttf");
    }

    /** The TrueType data of the weight, as the build put it in the classes. */
    public byte[] read(boolean bold) {
        return read(fileName(bold)).orElseThrow(() -> new IllegalStateException("Font " + fileName(bold)
                + " is missing from the build (pom.xml fetches it; docs/pdf.md)"));
    }

    /** A file the build put beside the fonts (TrueType, WOFF2, the licence), if there is one by that name. */
    public static Optional<byte[]> read(String fileName) {
        if (!fileName.matches("[A-Za-z0-9_-]+(\\.[a-z0-9]+)?")) {
            return Optional.empty();
        }
        try (InputStream in = NotoFont.class.getResourceAsStream("files/" + fileName)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
