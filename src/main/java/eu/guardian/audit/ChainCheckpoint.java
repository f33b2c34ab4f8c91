package eu.guardian.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * A signed statement of the oversight body: "at {@code signedAt} the chain ended with entry {@code entryId}, whose hash
 * was {@code entryHash}". Signed with Ed25519 by a private key that only the oversight side holds, so that even
 * whoever holds Guardian's MAC key and its database cannot rewrite the trail before a checkpoint unnoticed
 * (docs/audit-integrity.md). {@code signer} is the fingerprint of the public key that verifies it.
 */
public record ChainCheckpoint(long entryId, String entryHash, Instant signedAt, String signer, String signature) {

    private static final String FORMAT = "guardian-audit-checkpoint/1";

    public ChainCheckpoint {
        signedAt = signedAt.truncatedTo(ChronoUnit.MICROS); // as stored
    }

    /** Signs the chain's end as of now. */
    public static ChainCheckpoint sign(long entryId, String entryHash, Instant signedAt, PrivateKey privateKey,
            PublicKey publicKey) {
        ChainCheckpoint unsigned = new ChainCheckpoint(entryId, entryHash, signedAt,
                CheckpointKeys.fingerprint(publicKey), "");
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initSign(privateKey);
            ed25519.update(unsigned.signedText().getBytes(StandardCharsets.UTF_8));
            return new ChainCheckpoint(entryId, entryHash, unsigned.signedAt(), unsigned.signer(),
                    Base64.getEncoder().encodeToString(ed25519.sign()));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Could not sign the checkpoint: " + e.getMessage(), e);
        }
    }

    /** Exactly what the signature covers. */
    public String signedText() {
        return FORMAT + "|" + entryId + "|" + entryHash + "|" + signedAt + "|" + signer;
    }

    /** True when one of the trusted public keys (by fingerprint) made this signature. */
    public boolean isSignedBy(Map<String, PublicKey> trusted) {
        PublicKey key = trusted.get(signer);
        if (key == null) {
            return false;
        }
        try {
            Signature ed25519 = Signature.getInstance("Ed25519");
            ed25519.initVerify(key);
            ed25519.update(signedText().getBytes(StandardCharsets.UTF_8));
            return ed25519.verify(Base64.getDecoder().decode(signature));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** One line of the oversight body's own record of its checkpoints (kept apart from Guardian's database). */
    public String line() {
        return signedText() + "|" + signature;
    }

    /** Reads a {@link #line()} back; empty for anything else (comments, blank lines). */
    public static Optional<ChainCheckpoint> parse(String line) {
        String[] parts = line.strip().split("\\|");
        if (parts.length != 6 || !FORMAT.equals(parts[0])) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ChainCheckpoint(Long.parseLong(parts[1]), parts[2], Instant.parse(parts[3]),
                    parts[4], parts[5]));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
