package eu.guardian.document.storage;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The master keys Guardian knows: the current one wraps the keys of new files; retired ones are kept only until
 * every file key they wrapped has been re-wrapped under the current one (docs/documents.md, "Rotating the master
 * key").
 */
public final class MasterKeyRing {

    private final MasterKey current;
    private final Map<String, MasterKey> byId;

    private MasterKeyRing(MasterKey current, Map<String, MasterKey> byId) {
        this.current = current;
        this.byId = byId;
    }

    /** The current key's id and Base64 bytes; the retired ones as {@code id:base64,id:base64} (may be empty). */
    public static MasterKeyRing of(String currentId, String currentKey, Optional<String> retired) {
        MasterKey current = MasterKey.of(currentId.strip(), currentKey);
        Map<String, MasterKey> byId = new LinkedHashMap<>();
        byId.put(current.id(), current);
        for (String item : retired.orElse("").split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("Retired document master keys are written id:base64, separated"
                        + " by commas");
            }
            MasterKey key = MasterKey.of(item.substring(0, colon).strip(), item.substring(colon + 1));
            if (byId.putIfAbsent(key.id(), key) != null) {
                throw new IllegalArgumentException("The document master key id '" + key.id() + "' is configured"
                        + " twice");
            }
        }
        return new MasterKeyRing(current, Map.copyOf(byId));
    }

    public MasterKey current() {
        return current;
    }

    public Optional<MasterKey> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public String toString() {
        return "MasterKeyRing" + byId.keySet() + ", current " + current.id();
    }
}
