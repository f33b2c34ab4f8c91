package eu.guardian.audit;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The audit MAC keys one party knows: the current one (which seals new entries) and the retired ones, kept only to
 * verify the segments they sealed. Rotating means: the new key becomes current, the old one moves to the retired
 * list; the next entry written opens a new segment (docs/audit-integrity.md).
 */
public final class MacKeyRing {

    private final MacKey current;
    private final Map<String, MacKey> byId;

    private MacKeyRing(MacKey current, Map<String, MacKey> byId) {
        this.current = current;
        this.byId = byId;
    }

    /**
     * From configuration: the current key's id and Base64 secret, and the retired keys as
     * {@code id:base64,id:base64} (empty when none).
     */
    public static MacKeyRing of(String currentId, String currentSecret, Optional<String> retired) {
        MacKey current = MacKey.of(currentId.strip(), currentSecret);
        Map<String, MacKey> byId = new LinkedHashMap<>();
        byId.put(current.id(), current);
        for (String item : retired.orElse("").split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("Retired audit MAC keys are written id:base64, separated by commas");
            }
            MacKey key = MacKey.of(item.substring(0, colon).strip(), item.substring(colon + 1));
            if (byId.putIfAbsent(key.id(), key) != null) {
                throw new IllegalArgumentException("The audit MAC key id '" + key.id() + "' is configured twice");
            }
        }
        return new MacKeyRing(current, Map.copyOf(byId));
    }

    public MacKey current() {
        return current;
    }

    public Optional<MacKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public String toString() {
        return "MacKeyRing" + byId.keySet() + ", current " + current.id();
    }
}
