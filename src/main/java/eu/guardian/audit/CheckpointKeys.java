package eu.guardian.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** Ed25519 keys of the oversight body's checkpoints, written as Base64 (public: X.509, private: PKCS#8). */
public final class CheckpointKeys {

    private CheckpointKeys() {
    }

    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
        }
    }

    public static PublicKey publicKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 public key (Base64 of its X.509 form)", e);
        }
    }

    public static PrivateKey privateKey(String base64) {
        try {
            return KeyFactory.getInstance("Ed25519")
                    .generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64.strip())));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalArgumentException("Not an Ed25519 private key (Base64 of its PKCS#8 form)", e);
        }
    }

    /** The trusted public keys by fingerprint, from a comma-separated list of Base64 keys. */
    public static Map<String, PublicKey> trusted(String commaSeparated) {
        Map<String, PublicKey> keys = new LinkedHashMap<>();
        for (String item : commaSeparated.split(",")) {
            if (!item.isBlank()) {
                PublicKey key = publicKey(item);
                keys.put(fingerprint(key), key);
            }
        }
        return Map.copyOf(keys);
    }

    public static String encode(PublicKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    public static String encode(PrivateKey key) {
        return Base64.getEncoder().encodeToString(key.getEncoded());
    }

    /** Writes a key pair: the private half readable by its owner only. */
    public static void writeKeyPair(KeyPair pair, Path privateFile, Path publicFile) throws IOException {
        writeOwnerOnly(privateFile, encode(pair.getPrivate()) + "\n");
        Files.writeString(publicFile, encode(pair.getPublic()) + "\n");
    }

    /** A new file that only its owner may read (any older one is replaced). */
    static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }

    /** The first 16 hex digits of the SHA-256 of the public key: names the signer in each checkpoint. */
    public static String fingerprint(PublicKey key) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getEncoded());
            return HexFormat.of().formatHex(digest).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
