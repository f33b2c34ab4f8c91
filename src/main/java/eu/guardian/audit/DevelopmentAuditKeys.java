package eu.guardian.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * DEVELOPMENT ONLY: the audit keys of a development or test stack, made at random on its first start in its work
 * folder ({@code var/audit}, {@code target/it/audit}) and handed to Guardian through the environment. In production
 * the MAC key comes from the operator's secret store, and the checkpoint private key never leaves the oversight body
 * (docs/audit-integrity.md). Both halves live in one folder here only because one developer plays both parts.
 */
public final class DevelopmentAuditKeys {

    public static final String MAC_KEY_ID = "GUARDIAN_AUDIT_MAC_KEY_ID";
    public static final String MAC_KEY = "GUARDIAN_AUDIT_MAC_KEY";
    public static final String RETIRED_MAC_KEYS = "GUARDIAN_AUDIT_RETIRED_MAC_KEYS";
    public static final String CHECKPOINT_PUBLIC_KEYS = "GUARDIAN_AUDIT_CHECKPOINT_PUBLIC_KEYS";
    public static final String CHECKPOINT_PRIVATE_KEY_FILE = "GUARDIAN_AUDIT_CHECKPOINT_PRIVATE_KEY_FILE";
    public static final String CHECKPOINT_LOG = "GUARDIAN_AUDIT_CHECKPOINT_LOG";

    private static final String MAC_FILE = "dev-mac-key";
    private static final String PRIVATE_FILE = "dev-checkpoint-private.key";
    private static final String PUBLIC_FILE = "dev-checkpoint-public.key";
    private static final String LOG_FILE = "checkpoints.log";

    private DevelopmentAuditKeys() {
    }

    /**
     * The keys in {@code folder}, made first if missing, as the environment variables Guardian and the audit
     * commands read ({@link #MAC_KEY_ID}, {@link #MAC_KEY}, {@link #CHECKPOINT_PUBLIC_KEYS}, and for the commands
     * only {@link #CHECKPOINT_PRIVATE_KEY_FILE} and {@link #CHECKPOINT_LOG}).
     */
    public static Map<String, String> ensure(Path folder) {
        try {
            Files.createDirectories(folder);
            Path mac = folder.resolve(MAC_FILE);
            if (!Files.exists(mac)) {
                byte[] secret = new byte[32];
                new SecureRandom().nextBytes(secret);
                byte[] id = new byte[4];
                new SecureRandom().nextBytes(id);
                CheckpointKeys.writeOwnerOnly(mac, "dev-" + HexFormat.of().formatHex(id) + " "
                        + Base64.getEncoder().encodeToString(secret) + "\n");
            }
            if (!Files.exists(folder.resolve(PRIVATE_FILE))) {
                CheckpointKeys.writeKeyPair(CheckpointKeys.generate(), folder.resolve(PRIVATE_FILE),
                        folder.resolve(PUBLIC_FILE));
            }
            return read(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the development audit keys in " + folder, e);
        }
    }

    /** The keys already in {@code folder} (see {@link #ensure}). */
    public static Map<String, String> read(Path folder) throws IOException {
        String[] mac = Files.readString(folder.resolve(MAC_FILE)).strip().split(" ");
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put(MAC_KEY_ID, mac[0]);
        environment.put(MAC_KEY, mac[1]);
        environment.put(CHECKPOINT_PUBLIC_KEYS, Files.readString(folder.resolve(PUBLIC_FILE)).strip());
        environment.put(CHECKPOINT_PRIVATE_KEY_FILE, folder.resolve(PRIVATE_FILE).toAbsolutePath().toString());
        environment.put(CHECKPOINT_LOG, folder.resolve(LOG_FILE).toAbsolutePath().toString());
        return environment;
    }
}
