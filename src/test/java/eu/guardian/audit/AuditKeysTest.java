package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.platform.keys.KeyRing;
import java.security.KeyPair;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The audit trail's keys: MAC keys and their ring, and the oversight body's signed checkpoints. */
class AuditKeysTest {

    private static final String SECRET = Base64.getEncoder().encodeToString("0123456789abcdef0123456789abcdef"
            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));

    @Test
    void aMacKeyIsLongEnoughNamedPlainlyAndNeverPrintsItsSecret() {
        MacKey key = MacKey.of("prod-2026", SECRET);
        assertEquals("MacKey[prod-2026]", key.toString());
        assertFalse(key.toString().contains(SECRET));
        assertThrows(IllegalArgumentException.class,
                () -> MacKey.of("short", Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> MacKey.of("with space", SECRET));
        assertThrows(IllegalArgumentException.class, () -> MacKey.of("k", "not base64!"));
    }

    @Test
    void theRingKnowsTheCurrentKeyAndTheRetiredOnes() {
        KeyRing<MacKey> ring = MacKey.ring("k3", SECRET, Optional.of("k1:" + SECRET + ", k2:" + SECRET));
        assertEquals("k3", ring.current().id());
        assertTrue(ring.find("k1").isPresent());
        assertTrue(ring.find("k2").isPresent());
        assertTrue(ring.find("k4").isEmpty());
        assertFalse(ring.toString().contains(SECRET));
        assertThrows(IllegalArgumentException.class, () -> MacKey.ring("k1", SECRET, Optional.of("k1:" + SECRET)));
        assertThrows(IllegalArgumentException.class, () -> MacKey.ring("k1", SECRET, Optional.of(SECRET)));
    }

    @Test
    void aCheckpointVerifiesOnlyWithItsSignersKeyAndUnchanged() {
        KeyPair oversight = CheckpointKeys.generate();
        KeyPair other = CheckpointKeys.generate();
        Map<String, java.security.PublicKey> trusted = CheckpointKeys.trusted(
                CheckpointKeys.encode(oversight.getPublic()));
        ChainCheckpoint signed = ChainCheckpoint.sign(42, "ab".repeat(32), Instant.parse("2026-12-03T10:00:00Z"),
                oversight.getPrivate(), oversight.getPublic());
        assertTrue(signed.isSignedBy(trusted));
        assertEquals(Optional.of(signed), ChainCheckpoint.parse(signed.line()), "the oversight log's line reads back");
        assertFalse(new ChainCheckpoint(43, signed.entryHash(), signed.signedAt(), signed.signer(), signed.signature())
                .isSignedBy(trusted), "another entry");
        assertFalse(new ChainCheckpoint(42, "cd".repeat(32), signed.signedAt(), signed.signer(), signed.signature())
                .isSignedBy(trusted), "another hash");
        assertFalse(new ChainCheckpoint(42, signed.entryHash(), signed.signedAt().plusSeconds(1), signed.signer(),
                signed.signature()).isSignedBy(trusted), "another time");
        assertFalse(ChainCheckpoint.sign(42, signed.entryHash(), signed.signedAt(), other.getPrivate(),
                other.getPublic()).isSignedBy(trusted), "an untrusted signer");
        assertFalse(signed.isSignedBy(Map.of()), "nobody trusted");
        assertTrue(ChainCheckpoint.parse("# a comment").isEmpty());
    }

    @Test
    void theCheckpointCommandSignsAsTheTrustedKeyItsPrivateKeyBelongsTo() {
        KeyPair oversight = CheckpointKeys.generate();
        KeyPair other = CheckpointKeys.generate();
        Map<String, java.security.PublicKey> trusted = CheckpointKeys.trusted(CheckpointKeys.encode(other.getPublic())
                + "," + CheckpointKeys.encode(oversight.getPublic()));
        ChainCheckpoint signed = CheckpointCommand.sign(7, "ef".repeat(32), oversight.getPrivate(), trusted);
        assertEquals(CheckpointKeys.fingerprint(oversight.getPublic()), signed.signer());
        assertTrue(signed.isSignedBy(trusted));
        assertThrows(IllegalStateException.class, () -> CheckpointCommand.sign(7, "ef".repeat(32),
                CheckpointKeys.generate().getPrivate(), trusted));
    }
}
