package eu.guardian.security;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The regions a member of staff works for, as Keycloak says: the multi-valued user attribute {@code regions}, mapped
 * into the ID and access tokens as the claim {@code regions} (docs/jurisdictions.md). {@code *} means the whole
 * country. Region codes are compared without regard to case. No claim at all is no region: a login nobody gave a
 * jurisdiction reaches no child by region (least privilege). What a jurisdiction lets a role reach is decided by
 * {@code child.ChildAccess}, not here.
 */
public record Jurisdiction(boolean national, Set<String> regions) {

    /** The attribute value and claim name. */
    public static final String CLAIM = "regions";
    /** The value for the whole country. */
    public static final String NATIONAL = "*";

    public Jurisdiction {
        regions = Set.copyOf(regions);
    }

    /**
     * The jurisdiction from the claim's values: each value one region code, or several separated by commas or spaces
     * (an attribute typed as one text); blanks are ignored.
     */
    public static Jurisdiction of(Collection<String> claimValues) {
        Set<String> codes = claimValues.stream().flatMap(value -> java.util.Arrays.stream(value.split("[,\\s]+")))
                .map(String::strip).filter(code -> !code.isEmpty())
                .collect(Collectors.toCollection(() -> new TreeSet<>(String.CASE_INSENSITIVE_ORDER)));
        boolean national = codes.remove(NATIONAL);
        return new Jurisdiction(national, national ? Set.of() : codes);
    }

    public static Jurisdiction none() {
        return new Jurisdiction(false, Set.of());
    }

    /** Whether a child, centre or guardian in this region lies within the jurisdiction. */
    public boolean covers(String regionCode) {
        return national || regionCode != null && regions.stream().anyMatch(regionCode::equalsIgnoreCase);
    }

    /** The region codes in a stable order (lower case), for SQL parameters and logs. */
    public Set<String> sortedRegions() {
        return regions.stream().map(code -> code.toLowerCase(Locale.ROOT))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
