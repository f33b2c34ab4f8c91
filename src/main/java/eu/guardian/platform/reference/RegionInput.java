package eu.guardian.platform.reference;

import java.util.Map;

/**
 * A region as an administrator types it (page or API): its code (only when created), its name in each language of the
 * screens ({@code en}, {@code de}, {@code fr}) and whether it is still offered (when changed; new regions are).
 */
public record RegionInput(String code, Map<String, String> names, Boolean active) {

    public Map<String, String> namesOrEmpty() {
        return names == null ? Map.of() : names;
    }
}
