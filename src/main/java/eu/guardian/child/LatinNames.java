package eu.guardian.child;

import eu.guardian.platform.validation.Checks;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Checks typed transliterations: each has both names, in Latin letters (so that a name typed into the wrong field is
 * caught), at most {@link #MAX} of them, no two the same; empty rows of a form are dropped.
 */
final class LatinNames {

    static final int MAX = 5;

    static final String FIELD = "transliterations";

    /** Letters of the Latin script (with their accents), spaces, hyphens, apostrophes and dots: "O'Neil-Ba Jr." */
    private static final java.util.regex.Pattern LATIN =
            java.util.regex.Pattern.compile("[\\p{IsLatin}\\p{M}\\s'’.\\-]+");

    private LatinNames() {
    }

    static List<LatinName> valid(List<LatinName> typed, Checks checks) {
        List<LatinName> valid = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (LatinName name : typed) {
            String given = stripped(name == null ? null : name.givenNames());
            String family = stripped(name == null ? null : name.familyName());
            if (given.isEmpty() && family.isEmpty()) {
                continue;
            }
            checks.that(!given.isEmpty() && !family.isEmpty(), FIELD, "validation.transliterationBothNames")
                    .maxLength(FIELD, given, Checks.NAME_MAX).maxLength(FIELD, family, Checks.NAME_MAX)
                    .that(isLatin(given) && isLatin(family), FIELD, "validation.latinScript");
            if (seen.add((given + " " + family).toLowerCase(java.util.Locale.ROOT))) {
                valid.add(new LatinName(given, family));
            }
        }
        checks.that(valid.size() <= MAX, FIELD, "validation.tooManyTransliterations", MAX);
        return valid;
    }

    static boolean isLatin(String text) {
        return text.isEmpty() || LATIN.matcher(text).matches();
    }

    private static String stripped(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }
}
