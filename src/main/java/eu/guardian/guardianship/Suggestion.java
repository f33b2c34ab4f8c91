package eu.guardian.guardianship;

import eu.guardian.guardian.Guardian;
import java.util.Comparator;
import java.util.Optional;
import java.util.Set;

/**
 * An eligible guardian offered for a child, and why: already the guardian of a sibling, a language shared with the
 * child (their preferred one counts most), the same region, and a light caseload. Suggestions are ranked by these, in
 * this order.
 */
public record Suggestion(Guardian guardian, boolean guardsASibling, boolean speaksPreferredLanguage,
        boolean sharesALanguage, boolean sameRegion, int currentLoad) {

    /** A sibling's guardian first: siblings keep one guardian (docs/domain-rules.md#siblings-and-relatives). */
    public static final Comparator<Suggestion> BEST_FIRST = Comparator
            .comparing(Suggestion::guardsASibling).reversed()
            .thenComparing(Comparator.comparing(Suggestion::speaksPreferredLanguage).reversed())
            .thenComparing(Comparator.comparing(Suggestion::sharesALanguage).reversed())
            .thenComparing(Comparator.comparing(Suggestion::sameRegion).reversed())
            .thenComparingInt(Suggestion::currentLoad)
            .thenComparing(suggestion -> suggestion.guardian().getName());

    public static Suggestion of(Guardian guardian, Set<String> childLanguages, Optional<String> preferredLanguage,
            String childRegion, Set<Long> siblingsGuardians) {
        Set<String> spoken = guardian.getLanguages();
        return new Suggestion(guardian, guardian.getId() != null && siblingsGuardians.contains(guardian.getId()),
                preferredLanguage.filter(spoken::contains).isPresent(),
                childLanguages.stream().anyMatch(spoken::contains),
                guardian.getRegion().equalsIgnoreCase(childRegion),
                guardian.getCurrentLoad());
    }
}
