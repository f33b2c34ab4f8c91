package eu.guardian.protection;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The words that give away immigration enforcement, in English, German, French, Italian, Spanish, Dutch, Greek (and a
 * few in Portuguese and Russian), read once from {@code enforcement-terms.txt} and normalised like the texts they are
 * compared with ({@link FirewallText}). See docs/firewall.md for the kinds of term and how to add one.
 */
final class EnforcementTerms {

    /** How many words apart the parts of a "near" term may be. */
    static final int WINDOW = 4;

    /** Stems at least this long are also looked for across two neighbouring words ("depor tation"). */
    private static final int JOINED_STEM_MIN = 8;

    enum Kind { STEM, WORD, NEAR }

    /** One term: its parts as normalised, and how it reads in the list (for the audit trail). */
    record Term(String language, Kind kind, List<String> parts, String written) {

        String describe() {
            return language + " " + kind.name().toLowerCase(java.util.Locale.ROOT) + " \"" + written + "\"";
        }
    }

    private static final EnforcementTerms INSTANCE = load();

    private final List<Term> terms;
    private final Set<String> stopWords;

    private EnforcementTerms(List<Term> terms, Set<String> stopWords) {
        this.terms = List.copyOf(terms);
        this.stopWords = Set.copyOf(stopWords);
    }

    static EnforcementTerms instance() {
        return INSTANCE;
    }

    List<Term> terms() {
        return terms;
    }

    Set<String> stopWords() {
        return stopWords;
    }

    /** The first term the text matches, if any. */
    Optional<Term> find(String text) {
        List<String> words = FirewallText.words(text);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        List<String> meaningful = FirewallText.meaningfulWords(words, stopWords);
        for (Term term : terms) {
            if (matches(term, words, meaningful)) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }

    private static boolean matches(Term term, List<String> words, List<String> meaningful) {
        return switch (term.kind()) {
            case WORD -> words.contains(term.parts().get(0));
            case STEM -> containsStem(words, term.parts().get(0));
            case NEAR -> near(meaningful, term.parts());
        };
    }

    private static boolean containsStem(List<String> words, String stem) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).contains(stem)) {
                return true;
            }
            if (stem.length() >= JOINED_STEM_MIN && i + 1 < words.size()
                    && (words.get(i) + words.get(i + 1)).contains(stem)) {
                return true;
            }
        }
        return false;
    }

    /** Every part inside some word of one window of {@link #WINDOW} neighbouring words (one word counts too). */
    private static boolean near(List<String> words, List<String> parts) {
        for (int start = 0; start < words.size(); start++) {
            List<String> window = words.subList(start, Math.min(words.size(), start + WINDOW));
            if (parts.stream().allMatch(part -> window.stream().anyMatch(word -> word.contains(part)))) {
                return true;
            }
        }
        return false;
    }

    private static EnforcementTerms load() {
        try (InputStream in = EnforcementTerms.class.getResourceAsStream("enforcement-terms.txt")) {
            if (in == null) {
                throw new IllegalStateException("enforcement-terms.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Term> terms = new ArrayList<>();
            Set<String> stopWords = new HashSet<>();
            String line;
            while ((line = reader.readLine()) != null) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] fields = trimmed.split("\\s+", 3);
                String written = fields[2];
                if ("stop".equals(fields[1])) {
                    stopWords.addAll(FirewallText.words(written));
                    continue;
                }
                Kind kind = Kind.valueOf(fields[1].toUpperCase(java.util.Locale.ROOT));
                List<String> parts = new ArrayList<>();
                for (String part : written.split("\\+")) {
                    List<String> normalised = FirewallText.words(part);
                    if (normalised.size() != 1) {
                        throw new IllegalStateException("A term's part is one word: " + line);
                    }
                    parts.add(normalised.get(0));
                }
                terms.add(new Term(fields[0], kind, parts, written));
            }
            return new EnforcementTerms(terms, stopWords);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
