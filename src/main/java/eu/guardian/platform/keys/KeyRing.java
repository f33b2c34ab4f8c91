package eu.guardian.platform.keys;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;

/**
 * The secret keys of one kind that Guardian knows: the current one (used for everything new) and retired ones, kept
 * only to read what they sealed or wrapped. The same configuration shape for every kind (the audit trail's MAC keys,
 * the documents' master keys): the current key's id and Base64 secret, the retired ones as {@code id:base64,id:base64}.
 * Rotating means: the new key becomes current, the old one moves to the retired list (docs/audit-integrity.md,
 * docs/documents.md).
 *
 * @param <K> the kind of key
 */
public final class KeyRing<K> {

    private final String currentId;
    private final K current;
    private final Map<String, K> byId;

    private KeyRing(String currentId, K current, Map<String, K> byId) {
        this.currentId = currentId;
        this.current = current;
        this.byId = byId;
    }

    /**
     * From configuration; {@code kind} names the keys in error messages ("audit MAC key"); {@code keyOf} makes a key
     * from its id and Base64 secret (and refuses a bad one).
     */
    public static <K> KeyRing<K> of(String kind, String currentId, String currentSecret, Optional<String> retired,
            BiFunction<String, String, K> keyOf) {
        String id = currentId.strip();
        K current = keyOf.apply(id, currentSecret);
        Map<String, K> byId = new LinkedHashMap<>();
        byId.put(id, current);
        for (String item : retired.orElse("").split(",")) {
            if (item.isBlank()) {
                continue;
            }
            int colon = item.indexOf(':');
            if (colon < 1) {
                throw new IllegalArgumentException("Retired " + kind + "s are written id:base64, separated by commas");
            }
            String retiredId = item.substring(0, colon).strip();
            if (byId.putIfAbsent(retiredId, keyOf.apply(retiredId, item.substring(colon + 1))) != null) {
                throw new IllegalArgumentException("The " + kind + " id '" + retiredId + "' is configured twice");
            }
        }
        return new KeyRing<>(id, current, Map.copyOf(byId));
    }

    public K current() {
        return current;
    }

    public Optional<K> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public String toString() {
        return "KeyRing" + byId.keySet() + ", current " + currentId;
    }
}
