package eu.guardian.child;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The searchable words of names in any script: split on anything that is not a letter or digit, case-folded and
 * stripped of accents and other combining marks (so "Zoë" is found as "zoe", and Arabic vowel marks are ignored).
 */
public final class NameTokens {

    public static final int MAX_TOKEN_LENGTH = 100;

    private NameTokens() {
    }

    public static String normalise(String word) {
        String decomposed = Normalizer.normalize(word, Normalizer.Form.NFKD);
        String withoutMarks = decomposed.replaceAll("\\p{M}+", "");
        return withoutMarks.toLowerCase(Locale.ROOT);
    }

    public static Set<String> of(Collection<String> names) {
        return names.stream().flatMap(NameTokens::words).collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Stream<String> words(String name) {
        return Arrays.stream(normalise(name).split("[^\\p{L}\\p{N}]+"))
                .filter(word -> !word.isBlank())
                .map(word -> word.length() > MAX_TOKEN_LENGTH ? word.substring(0, MAX_TOKEN_LENGTH) : word);
    }
}
