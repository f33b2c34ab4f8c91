package eu.guardian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.SecureRandom;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Keycloak in development mode with the {@code guardianship} realm imported from realm-export.json. The hostname is
 * pinned so that tokens carry the same issuer whoever asked for them (docs/stack-notes.md#token-issuer).
 */
final class KeycloakServer {

    static final String REALM = "guardianship";

    private final Path home;
    private final int port;
    private final Path runDir;
    private ServerProcess process;

    KeycloakServer(Path distributionZip, Path workDir, int port, Path realmFile, int appPort, int mailPort,
            boolean freshData, List<Integer> otherAppPorts) {
        this.home = unpackOnce(distributionZip, workDir);
        this.port = port;
        this.runDir = workDir.resolve("run");
        prepareData(realmFile, appPort, mailPort, freshData, otherAppPorts);
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    URI issuer() {
        return URI.create(baseUrl() + "/realms/" + REALM);
    }

    void start() {
        Map<String, String> environment = Map.of(
                "KC_BOOTSTRAP_ADMIN_USERNAME", "admin",
                "KC_BOOTSTRAP_ADMIN_PASSWORD", bootstrapAdminPassword(),
                "JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        List<String> command = List.of("bash", home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-host=127.0.0.1", "--http-port=" + port, "--hostname=" + baseUrl(), "--import-realm",
                "--cache=local", "--log-console-output=default");
        process = ServerProcess.start("keycloak", command, home, environment, runDir);
        process.awaitHttpOk(URI.create(issuer() + "/.well-known/openid-configuration"), ServerProcess.startLimit());
    }

    void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** The master realm's administrator: random per data folder, kept beside it, never in the repository. */
    String bootstrapAdminPassword() {
        Path file = home.resolve("data/bootstrap-admin-password");
        try {
            if (!Files.exists(file)) {
                byte[] random = new byte[12];
                new SecureRandom().nextBytes(random);
                Files.createDirectories(file.getParent());
                Files.writeString(file, HexFormat.of().formatHex(random));
            }
            return Files.readString(file).trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The realm allows sign-in redirects to the two standard ports only (dev 8080, tests 18080); a test stack on
     * another port (a second checkout running its tests side by side) gets the test entries moved to its own port,
     * and the back-channel logout URL always names the app's port; invitations go to the stack's own mail server.
     * Users may also sign in on {@code otherAppPorts} (the tests' cluster behind its balancer).
     */
    private void prepareData(Path realmFile, int appPort, int mailPort, boolean freshData,
            List<Integer> otherAppPorts) {
        try {
            Path data = home.resolve("data");
            if (freshData && Files.exists(data)) {
                deleteTree(data);
            }
            Path imports = Files.createDirectories(data.resolve("import"));
            String realm = Files.readString(realmFile);
            if (appPort != 8080 && appPort != 18080) {
                realm = realm.replace("http://localhost:18080", "http://localhost:" + appPort);
            }
            // Keycloak tells the app that a session ended at this one address: the app's own port.
            realm = realm.replace("http://localhost:8080/logout/backchannel",
                    "http://localhost:" + appPort + "/logout/backchannel");
            realm = realm.replace("\"port\": \"2525\"", "\"port\": \"" + mailPort + "\"");
            for (int other : otherAppPorts) {
                String own = "\"http://localhost:" + appPort + "/*\"";
                realm = realm.replace(own, own + ", \"http://localhost:" + other + "/*\"");
            }
            Files.writeString(imports.resolve("realm-export.json"), realm);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path unpackOnce(Path zip, Path workDir) {
        try {
            Files.createDirectories(workDir);
            Path marker = workDir.resolve("keycloak.unpacked");
            Path home = workDir.resolve("keycloak");
            if (Files.exists(marker) && Files.isDirectory(home)) {
                return home;
            }
            if (Files.exists(home)) {
                deleteTree(home);
            }
            try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
                for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                    String name = entry.getName();
                    int slash = name.indexOf('/');
                    if (slash < 0 || slash == name.length() - 1) {
                        continue;
                    }
                    Path target = home.resolve(name.substring(slash + 1)).normalize();
                    if (!target.startsWith(home)) {
                        throw new IOException("Zip entry outside the target folder: " + name);
                    }
                    if (entry.isDirectory()) {
                        Files.createDirectories(target);
                    } else {
                        Files.createDirectories(target.getParent());
                        Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
                    }
                }
            }
            Files.writeString(marker, zip.getFileName().toString());
            return home;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not unpack Keycloak from " + zip, e);
        }
    }

    static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
