package eu.guardian.protection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Free text as the immigration firewall reads it: the words a person would read, whatever characters were used to
 * write them. See docs/firewall.md ("Normalisation") for the steps and why each is there:
 * <ol>
 * <li>spaces that do not separate words (no-break, narrow, figure, word joiner, non-breaking hyphen) and invisible
 * format characters (zero-width space and joiners, soft hyphen, bidi marks, variation selectors) are removed, so
 * "Depor&#92;u200Btation" is one word again;</li>
 * <li>Unicode NFKC (full-width, mathematical and ligature letters become plain ones), lower case, ß → ss, final
 * sigma → sigma, letters without a decomposition (ø, æ, ł ...) spelled out, and every accent or umlaut dropped;</li>
 * <li>the text is cut into words at everything that is not a letter or digit (hyphens, dots, apostrophes, spaces);</li>
 * <li>letters that look like a Latin letter become that letter wherever they are (a Cyrillic "е" in "Dеportation",
 * a Latin "a" in a Greek word read alike after this, since both sides are folded), digits used as letters inside a
 * word (0, 1, 3, 4, 5, 7) become letters, "l" and "i" count as one letter, and the umlaut transliterations "ae", "oe",
 * "ue" count as "a", "o", "u" (so "Auslaenderbehoerde" and "Ausländerbehörde" read alike);</li>
 * <li>runs of single letters are joined ("I C E", "U.S." → "ice", "us").</li>
 * </ol>
 * Term lists go through the same steps, so both sides always compare like with like.
 */
public final class FirewallText {

    /** Cyrillic, Greek, Armenian and small-capital letters that look like a Latin letter (lower case). */
    private static final Map<Character, Character> TO_LATIN = Map.ofEntries(
            // Cyrillic
            Map.entry('а', 'a'), Map.entry('в', 'b'), Map.entry('с', 'c'), Map.entry('е', 'e'), Map.entry('ё', 'e'),
            Map.entry('һ', 'h'), Map.entry('н', 'h'), Map.entry('і', 'i'), Map.entry('ї', 'i'), Map.entry('ӏ', 'i'),
            Map.entry('ј', 'j'), Map.entry('к', 'k'), Map.entry('м', 'm'), Map.entry('о', 'o'), Map.entry('р', 'p'),
            Map.entry('ԛ', 'q'), Map.entry('ѕ', 's'), Map.entry('т', 't'), Map.entry('у', 'y'), Map.entry('х', 'x'),
            Map.entry('ԝ', 'w'), Map.entry('ѵ', 'v'),
            // Greek
            Map.entry('α', 'a'), Map.entry('β', 'b'), Map.entry('γ', 'y'), Map.entry('ε', 'e'), Map.entry('η', 'n'),
            Map.entry('ι', 'i'), Map.entry('κ', 'k'), Map.entry('ν', 'v'), Map.entry('ο', 'o'), Map.entry('ρ', 'p'),
            Map.entry('τ', 't'), Map.entry('υ', 'u'), Map.entry('χ', 'x'), Map.entry('ω', 'w'), Map.entry('ζ', 'z'),
            // Armenian
            Map.entry('օ', 'o'), Map.entry('ս', 'u'), Map.entry('ց', 'g'), Map.entry('հ', 'h'), Map.entry('ո', 'n'),
            // Latin small capitals and IPA letters
            Map.entry('ɑ', 'a'), Map.entry('ɡ', 'g'), Map.entry('ɩ', 'i'), Map.entry('ɪ', 'i'), Map.entry('ʏ', 'y'),
            Map.entry('ᴀ', 'a'), Map.entry('ʙ', 'b'), Map.entry('ᴄ', 'c'), Map.entry('ᴅ', 'd'), Map.entry('ᴇ', 'e'),
            Map.entry('ɢ', 'g'), Map.entry('ʜ', 'h'), Map.entry('ᴊ', 'j'), Map.entry('ᴋ', 'k'), Map.entry('ʟ', 'l'),
            Map.entry('ᴍ', 'm'), Map.entry('ɴ', 'n'), Map.entry('ᴏ', 'o'), Map.entry('ᴘ', 'p'), Map.entry('ʀ', 'r'),
            Map.entry('ꜱ', 's'), Map.entry('ᴛ', 't'), Map.entry('ᴜ', 'u'), Map.entry('ᴠ', 'v'), Map.entry('ᴡ', 'w'),
            Map.entry('ᴢ', 'z'), Map.entry('ı', 'i'), Map.entry('ȷ', 'j'));

    /** Digits written for letters inside a Latin word. */
    private static final Map<Character, Character> DIGITS = Map.of('0', 'o', '1', 'i', '3', 'e', '4', 'a', '5', 's',
            '7', 't');

    /** Letters that NFD does not decompose, spelled as a person would type them without the letter. */
    private static final Map<Character, String> SPELLED = Map.ofEntries(Map.entry('ß', "ss"), Map.entry('ø', "o"),
            Map.entry('æ', "ae"), Map.entry('œ', "oe"), Map.entry('đ', "d"), Map.entry('ð', "d"),
            Map.entry('þ', "th"), Map.entry('ł', "l"), Map.entry('ŀ', "l"), Map.entry('ħ', "h"), Map.entry('ς', "σ"),
            Map.entry('@', "a"), Map.entry('$', "s"), Map.entry('€', "e"));

    private FirewallText() {
    }

    /** The words of a text, normalised; empty for a blank text. */
    public static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String folded = fold(text);
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            } else if (!word.isEmpty()) {
                words.add(word(word.toString()));
                word.setLength(0);
            }
        }
        if (!word.isEmpty()) {
            words.add(word(word.toString()));
        }
        return joinSingleLetters(words);
    }

    /** The words without those that carry no meaning of their own ("and", "de", "für", "της" ...). */
    public static List<String> meaningfulWords(List<String> words, Set<String> stopWords) {
        return words.stream().filter(word -> !stopWords.contains(word)).toList();
    }

    private static String fold(String text) {
        StringBuilder visible = new StringBuilder(text.length());
        text.codePoints().filter(cp -> !isInvisible(cp)).forEach(visible::appendCodePoint);
        String lower = Normalizer.normalize(visible, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder spelled = new StringBuilder(lower.length());
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            spelled.append(SPELLED.getOrDefault(c, String.valueOf(c)));
        }
        String decomposed = Normalizer.normalize(spelled, Normalizer.Form.NFD);
        StringBuilder bare = new StringBuilder(decomposed.length());
        decomposed.codePoints().filter(cp -> !isMark(cp)).forEach(bare::appendCodePoint);
        return bare.toString();
    }

    /** Characters that do not show, or join two words as one: removed before anything else. */
    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.FORMAT // zero-width space/joiners, soft hyphen, bidi marks, BOM
                || cp == 0x00A0 || cp == 0x2007 || cp == 0x202F || cp == 0x2011 || cp == 0x034F
                || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF || cp >= 0x180B && cp <= 0x180F
                || cp == 0x115F || cp == 0x1160 || cp == 0x3164 || cp == 0xFFA0 || cp == 0x17B4 || cp == 0x17B5;
    }

    private static boolean isMark(int cp) {
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    private static String word(String raw) {
        boolean hasLetter = raw.chars().anyMatch(Character::isLetter);
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = TO_LATIN.getOrDefault(raw.charAt(i), raw.charAt(i));
            if (hasLetter) {
                c = DIGITS.getOrDefault(c, c);
            }
            out.append(c == 'l' ? 'i' : c);
        }
        return out.toString().replace("ae", "a").replace("oe", "o").replace("ue", "u");
    }

    /** "I C E" and "U.S." are written to be read as one word. */
    private static List<String> joinSingleLetters(List<String> words) {
        List<String> joined = new ArrayList<>(words.size());
        StringBuilder run = new StringBuilder();
        int runLength = 0;
        for (String word : words) {
            if (word.length() == 1) {
                run.append(word);
                runLength++;
                continue;
            }
            flush(joined, run, runLength);
            runLength = 0;
            joined.add(word);
        }
        flush(joined, run, runLength);
        return joined;
    }

    private static void flush(List<String> joined, StringBuilder run, int runLength) {
        if (runLength > 0) {
            joined.add(run.toString());
        }
        run.setLength(0);
    }
}
