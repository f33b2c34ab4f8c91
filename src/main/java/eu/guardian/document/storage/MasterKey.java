package eu.guardian.document.storage;

import eu.guardian.platform.keys.KeyRing;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

/**
 * A master key (AES-256) from configuration, named by an id that is stored with each file key it wraps, so that after
 * a rotation the retired key that wrapped an older file is found (docs/documents.md, "Keys"). Its bytes are never
 * logged, stored or shown: {@link #toString()} names the id only.
 */
public final class MasterKey {

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String id;
    private final SecretKey key;

    private MasterKey(String id, SecretKey key) {
        this.id = id;
        this.key = key;
    }

    /** From an id and 32 random bytes in Base64 (e.g. {@code head -c 32 /dev/urandom | base64}). */
    /** The current key and the retired ones, as configured (see {@link KeyRing}). */
    public static KeyRing<MasterKey> ring(String currentId, String currentKey, Optional<String> retired) {
        return KeyRing.of("document master key", currentId, currentKey, retired, MasterKey::of);
    }

    public static MasterKey of(String id, String base64) {
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("A document master key id is 1-64 letters, digits, '.', '_' or '-'");
        }
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The document master key '" + id + "' is not Base64");
        }
        if (bytes.length != 32) {
            throw new IllegalArgumentException("The document master key '" + id + "' must be 32 bytes (AES-256), not "
                    + bytes.length);
        }
        return new MasterKey(id, new SecretKeySpec(bytes, "AES"));
    }

    public String id() {
        return id;
    }

    SecretKey secret() {
        return key;
    }

    @Override
    public String toString() {
        return "MasterKey[" + id + "]";
    }
}
