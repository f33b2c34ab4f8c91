package eu.guardian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payara Micro 6 running Guardian's WAR at the root context. */
final class PayaraMicroServer {

    private final Path jar;
    private final Path war;
    private final Path workDir;
    private final int port;
    private ServerProcess process;

    PayaraMicroServer(Path jar, Path war, Path workDir, int port) {
        this.jar = jar;
        this.war = war;
        this.workDir = workDir;
        this.port = port;
    }

    URI baseUrl() {
        return URI.create("http://localhost:" + port);
    }

    void start(Map<String, String> environment) {
        Path rootDir = workDir.resolve("payara");
        try {
            if (Files.exists(rootDir)) {
                KeycloakServer.deleteTree(rootDir);
            }
            Files.createDirectories(rootDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Names the JSON-P implementation (the only one Payara bundles): without it every Json.createReader/Builder,
        // Payara's own for each bearer token among them, searches all jars for a service entry (measured: 14 % of
        // the CPU of logging visits).
        // Listens on nothing but its HTTP port, on loopback unless APP_BIND_ADDRESS says otherwise: no Hazelcast data
        // grid, whose port 6900 was open on every interface (--nocluster kept it; --nohazelcast, which implies no
        // cluster, must come alone); no Server banner; Payara's open /metrics off, Guardian serves its own to
        // operators. README, "Listeners".
        Path bootCommands = workDir.resolve("payara-boot.asadmin");
        String listener = "configs.config.server-config.network-config.";
        try {
            Files.writeString(bootCommands, String.join("\n",
                    "set " + listener + "network-listeners.network-listener.http-listener.address="
                            + Optional.ofNullable(System.getenv("APP_BIND_ADDRESS")).orElse("127.0.0.1"),
                    "set " + listener + "protocols.protocol.http-listener.http.server-header=false",
                    "set " + listener + "protocols.protocol.http-listener.http.scheme-mapping=X-Forwarded-Proto",
                    "set configs.config.server-config.microprofile-metrics-configuration.enabled=false", ""));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> command = List.of(javaExecutable(), "-Xms128m", "-Xmx768m",
                "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl", "-jar", jar.toString(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", Integer.toString(port),
                "--rootdir", rootDir.toString(), "--nohazelcast",
                "--prebootcommandfile", bootCommands.toString());
        process = ServerProcess.start("payara", command, workDir, environment, workDir.resolve("run"));
        // Generous: on a busy machine (CI next to other builds) the first deployment can take minutes.
        process.awaitHttpOk(URI.create(baseUrl() + "/health/ready"), ServerProcess.startLimit());
    }

    void kill() {
        if (process != null) {
            process.kill();
        }
    }

    void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    Path log() {
        return process.log();
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
