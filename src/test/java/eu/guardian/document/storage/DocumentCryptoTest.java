package eu.guardian.document.storage;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.guardian.platform.keys.KeyRing;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import javax.crypto.SecretKey;
import org.junit.jupiter.api.Test;

class DocumentCryptoTest {

    private static final String KEY_A = Base64.getEncoder().encodeToString(bytes(32, 1));
    private static final String KEY_B = Base64.getEncoder().encodeToString(bytes(32, 2));

    @Test
    void aFileSplitIntoChunksReadsBackWholeAndAtAnyPosition() throws IOException {
        byte[] file = bytes(DocumentCrypto.CHUNK_SIZE * 2 + 1234, 3);
        SecretKey key = DocumentCrypto.newFileKey();
        List<byte[]> chunks = store(file, key, 7);
        assertEquals(3, chunks.size());
        assertFalse(Arrays.equals(Arrays.copyOfRange(chunks.get(0), 12, 112), Arrays.copyOf(file, 100)),
                "stored encrypted");

        StoredFile stored = new StoredFile(n -> n < chunks.size() ? chunks.get(n) : null, key, 7, file.length, 3);
        ByteArrayOutputStream whole = new ByteArrayOutputStream();
        stored.writeTo(whole);
        assertArrayEquals(file, whole.toByteArray());
        byte[] middle = new byte[100];
        long position = DocumentCrypto.CHUNK_SIZE * 2L + 10;
        assertEquals(100, stored.read(position, middle, 0, 100));
        assertArrayEquals(Arrays.copyOfRange(file, (int) position, (int) position + 100), middle);
    }

    @Test
    void swappedReorderedOrCutOffChunksDoNotDecrypt() {
        byte[] file = bytes(DocumentCrypto.CHUNK_SIZE * 2 + 10, 4);
        SecretKey key = DocumentCrypto.newFileKey();
        List<byte[]> chunks = store(file, key, 8);
        List<byte[]> otherFile = store(file, key, 9);

        StoredFile reordered = new StoredFile(n -> chunks.get(n == 0 ? 1 : n == 1 ? 0 : n), key, 8, file.length, 3);
        assertThrows(TamperedContent.class, () -> reordered.writeTo(OutputStreamSink.NULL));
        StoredFile swapped = new StoredFile(n -> n == 1 ? otherFile.get(1) : chunks.get(n), key, 8, file.length, 3);
        assertThrows(TamperedContent.class, () -> swapped.writeTo(OutputStreamSink.NULL));
        StoredFile cutOff = new StoredFile(chunks::get, key, 8, 2L * DocumentCrypto.CHUNK_SIZE, 2);
        assertThrows(TamperedContent.class, () -> cutOff.writeTo(OutputStreamSink.NULL), "chunk 1 was not the last");
        byte[] flipped = chunks.get(2).clone();
        flipped[20] ^= 1;
        StoredFile changed = new StoredFile(n -> n == 2 ? flipped : chunks.get(n), key, 8, file.length, 3);
        assertThrows(TamperedContent.class, () -> changed.writeTo(OutputStreamSink.NULL));
    }

    @Test
    void aFileKeyUnwrapsOnlyForItsFileUnderTheKeyThatWrappedIt() {
        KeyRing<MasterKey> ring = MasterKey.ring("k2", KEY_B, Optional.of("k1:" + KEY_A));
        SecretKey fileKey = DocumentCrypto.newFileKey();
        byte[] wrapped = DocumentCrypto.wrap(ring.find("k1").orElseThrow(), 5, fileKey);

        assertArrayEquals(fileKey.getEncoded(),
                DocumentCrypto.unwrap(ring.find("k1").orElseThrow(), 5, wrapped).getEncoded());
        assertThrows(TamperedContent.class, () -> DocumentCrypto.unwrap(ring.find("k1").orElseThrow(), 6, wrapped));
        assertThrows(TamperedContent.class, () -> DocumentCrypto.unwrap(ring.current(), 5, wrapped));

        byte[] rewrapped = DocumentCrypto.wrap(ring.current(),
                5, DocumentCrypto.unwrap(ring.find("k1").orElseThrow(), 5, wrapped));
        assertArrayEquals(fileKey.getEncoded(), DocumentCrypto.unwrap(ring.current(), 5, rewrapped).getEncoded());
    }

    @Test
    void masterKeysAreCheckedWhenConfigured() {
        assertThrows(IllegalArgumentException.class, () -> MasterKey.of("k", "c2hvcnQ="));
        assertThrows(IllegalArgumentException.class, () -> MasterKey.of("bad id!", KEY_A));
        assertThrows(IllegalArgumentException.class, () -> MasterKey.ring("k", KEY_A, Optional.of("k:" + KEY_B)));
        assertEquals("MasterKey[k]", MasterKey.of("k", KEY_A).toString(), "the bytes are never shown");
    }

    private static List<byte[]> store(byte[] file, SecretKey key, long documentId) {
        List<byte[]> chunks = new ArrayList<>();
        try (EncryptingChunkWriter writer = new EncryptingChunkWriter((n, sealed) -> {
            assertEquals(chunks.size(), n);
            chunks.add(sealed);
        }, key, documentId)) {
            writer.write(file, 0, file.length);
        }
        return chunks;
    }

    private static byte[] bytes(int length, long seed) {
        byte[] bytes = new byte[length];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    private static final class OutputStreamSink {
        static final java.io.OutputStream NULL = java.io.OutputStream.nullOutputStream();
    }
}
