package eu.guardian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DEVELOPMENT ONLY: the documents' master key of a development or test stack, made at random on its first start in
 * its work folder ({@code var/documents}, {@code target/it/documents}) and handed to Guardian through the environment;
 * never in the WAR, never in the repository. In production the key comes from the operator's secret store
 * (docs/documents.md, "Keys"). {@link #rotate} plays an operator's rotation: a new current key, the old one retired.
 */
public final class DevelopmentDocumentKeys {

    public static final String KEY_ID = "GUARDIAN_DOCUMENTS_MASTER_KEY_ID";
    public static final String KEY = "GUARDIAN_DOCUMENTS_MASTER_KEY";
    public static final String RETIRED_KEYS = "GUARDIAN_DOCUMENTS_RETIRED_MASTER_KEYS";

    private static final String FILE = "dev-master-keys";
    private static final SecureRandom RANDOM = new SecureRandom();

    private DevelopmentDocumentKeys() {
    }

    /** The keys in {@code folder} (made first if missing) as the environment variables Guardian reads. */
    public static Map<String, String> ensure(Path folder) {
        try {
            Path file = folder.resolve(FILE);
            if (!Files.exists(file)) {
                Files.createDirectories(folder);
                write(file, List.of(newKey()));
            }
            List<String> lines = Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList();
            Map<String, String> environment = new LinkedHashMap<>();
            String[] current = lines.get(0).split(" ");
            environment.put(KEY_ID, current[0]);
            environment.put(KEY, current[1]);
            environment.put(RETIRED_KEYS, String.join(",", lines.subList(1, lines.size()).stream()
                    .map(line -> line.replace(' ', ':')).toList()));
            return environment;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not make the development document keys in " + folder, e);
        }
    }

    /** A new current key; the previous ones stay as retired keys (files they wrap still open until re-wrapped). */
    public static void rotate(Path folder) {
        try {
            Path file = folder.resolve(FILE);
            List<String> lines = new ArrayList<>(List.of(newKey()));
            lines.addAll(Files.readAllLines(file).stream().filter(line -> !line.isBlank()).toList());
            write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not rotate the development document keys in " + folder, e);
        }
    }

    private static String newKey() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        byte[] id = new byte[4];
        RANDOM.nextBytes(id);
        return "dev-" + HexFormat.of().formatHex(id) + " " + Base64.getEncoder().encodeToString(secret);
    }

    private static void write(Path file, List<String> lines) throws IOException {
        Files.write(file, lines);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // a development key on a non-POSIX disk: readable as the folder allows
        }
    }
}
