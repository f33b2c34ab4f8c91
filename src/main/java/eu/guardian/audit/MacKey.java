package eu.guardian.audit;

import eu.guardian.platform.keys.KeyRing;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A secret key that seals audit entries with HMAC-SHA-256 (docs/audit-integrity.md). It is kept outside the database
 * (MicroProfile Config / the environment), so whoever holds only the database cannot write an entry that verifies.
 * The id names the key in each entry it sealed; the secret is never printed.
 */
public final class MacKey {

    /** Shorter keys are refused: HMAC-SHA-256 wants at least its own output length. */
    public static final int MINIMUM_BYTES = 32;

    private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");

    private final String id;
    private final SecretKeySpec secret;
    /** One initialised Mac per thread: doFinal resets it for the next entry, and verifying millions stays cheap. */
    private final ThreadLocal<Mac> macs = ThreadLocal.withInitial(this::newMac);

    private MacKey(String id, byte[] secret) {
        if (!ID.matcher(Objects.requireNonNull(id)).matches()) {
            throw new IllegalArgumentException("An audit MAC key id has 1 to 64 letters, digits, '.', '_' or '-'");
        }
        if (secret.length < MINIMUM_BYTES) {
            throw new IllegalArgumentException("The audit MAC key '" + id + "' has " + secret.length
                    + " bytes; it needs at least " + MINIMUM_BYTES);
        }
        this.id = id;
        this.secret = new SecretKeySpec(secret, "HmacSHA256");
        Arrays.fill(secret, (byte) 0);
    }

    /** The current key and the retired ones, as configured (see {@link KeyRing}). */
    public static KeyRing<MacKey> ring(String currentId, String currentSecret, Optional<String> retired) {
        return KeyRing.of("audit MAC key", currentId, currentSecret, retired, MacKey::of);
    }

    /** A key from its id and its secret in Base64 (as configured). */
    public static MacKey of(String id, String base64Secret) {
        byte[] secret;
        try {
            secret = Base64.getDecoder().decode(Objects.requireNonNull(base64Secret).strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("The audit MAC key '" + id + "' is not Base64", e);
        }
        return new MacKey(id, secret);
    }

    public String id() {
        return id;
    }

    /**
     * The seal of one entry: HMAC-SHA-256 over the previous entry's hash, this key's id and the entry's canonical
     * content, hex-encoded like the legacy hashes.
     */
    public String seal(String canonicalContent, String previousHash) {
        Mac mac = macs.get();
        mac.update(previousHash.getBytes(StandardCharsets.US_ASCII));
        mac.update(("|" + id.length() + ":" + id + "|").getBytes(StandardCharsets.US_ASCII));
        mac.update(canonicalContent.getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal());
    }

    private Mac newMac() {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(secret);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA-256 is part of every Java runtime", e);
        }
    }

    /** Never the secret: keys end up in log lines and exception messages by accident. */
    @Override
    public String toString() {
        return "MacKey[" + id + "]";
    }
}
