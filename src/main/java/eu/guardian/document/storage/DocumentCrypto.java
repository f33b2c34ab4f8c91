package eu.guardian.document.storage;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-256-GCM for stored documents (docs/documents.md, "Encryption"). Each file has its own random key, kept only
 * wrapped (encrypted) by a master key. Each chunk of a file is sealed separately with a random 96-bit nonce, and its
 * associated data binds it to its file, its position and whether it is the last: chunks cannot be swapped between
 * files, reordered, or cut off at the end without the decryption failing. Wrapped keys are bound to their file the
 * same way. Output: nonce (12 bytes) followed by ciphertext and tag (16 bytes).
 */
public final class DocumentCrypto {

    public static final int CHUNK_SIZE = 1024 * 1024;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    private static final byte[] CHUNK_CONTEXT = "guardian/document-chunk/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] KEY_CONTEXT = "guardian/document-key/v1".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] THUMBNAIL_CONTEXT =
            "guardian/document-thumbnail/v1".getBytes(StandardCharsets.US_ASCII);
    private static final SecureRandom RANDOM = new SecureRandom();

    private DocumentCrypto() {
    }

    /** A fresh random key for one file. */
    public static SecretKey newFileKey() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return new SecretKeySpec(key, "AES");
    }

    public static byte[] wrap(MasterKey master, long documentId, SecretKey fileKey) {
        return seal(master.secret(), keyContext(documentId), fileKey.getEncoded(), 0, 32);
    }

    public static SecretKey unwrap(MasterKey master, long documentId, byte[] wrapped) {
        return new SecretKeySpec(open(master.secret(), keyContext(documentId), wrapped), "AES");
    }

    static byte[] sealChunk(SecretKey fileKey, long documentId, int chunkNo, boolean last, byte[] plain, int length) {
        return seal(fileKey, chunkContext(documentId, chunkNo, last), plain, 0, length);
    }

    static byte[] openChunk(SecretKey fileKey, long documentId, int chunkNo, boolean last, byte[] sealed) {
        return open(fileKey, chunkContext(documentId, chunkNo, last), sealed);
    }

    public static byte[] sealThumbnail(SecretKey fileKey, long documentId, byte[] plain) {
        return seal(fileKey, context(THUMBNAIL_CONTEXT, documentId).array(), plain, 0, plain.length);
    }

    public static byte[] openThumbnail(SecretKey fileKey, long documentId, byte[] sealed) {
        return open(fileKey, context(THUMBNAIL_CONTEXT, documentId).array(), sealed);
    }

    private static byte[] keyContext(long documentId) {
        return context(KEY_CONTEXT, documentId).array();
    }

    private static byte[] chunkContext(long documentId, int chunkNo, boolean last) {
        ByteBuffer context = ByteBuffer.allocate(CHUNK_CONTEXT.length + 8 + 4 + 1);
        context.put(CHUNK_CONTEXT).putLong(documentId).putInt(chunkNo).put((byte) (last ? 1 : 0));
        return context.array();
    }

    private static ByteBuffer context(byte[] label, long documentId) {
        return ByteBuffer.allocate(label.length + 8).put(label).putLong(documentId);
    }

    private static byte[] seal(SecretKey key, byte[] associated, byte[] plain, int offset, int length) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            RANDOM.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associated);
            byte[] sealed = new byte[NONCE_BYTES + cipher.getOutputSize(length)];
            System.arraycopy(nonce, 0, sealed, 0, NONCE_BYTES);
            cipher.doFinal(plain, offset, length, sealed, NONCE_BYTES);
            return sealed;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static byte[] open(SecretKey key, byte[] associated, byte[] sealed) {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new TamperedContent("sealed data too short");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(associated);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (javax.crypto.AEADBadTagException e) {
            throw new TamperedContent("authentication failed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
