package eu.guardian.platform.pdf;

/**
 * Glyphs of one font in visual order (left to right), as shaped: each glyph's position from the run's start and its
 * offset above the baseline, in thousandths of an em, and the text it stands for. The texts of a run's glyphs, read in
 * logical order, give back the run's characters exactly — that is what a PDF's text extraction returns. A glyph that
 * only completes another (a dot, a mark drawn apart) stands for no text.
 */
record GlyphRun(FontFace face, int[] glyphs, String[] texts, float[] x, float[] y, float advance) {

    int size() {
        return glyphs.length;
    }
}
