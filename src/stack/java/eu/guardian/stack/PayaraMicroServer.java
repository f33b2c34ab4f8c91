package eu.guardian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Payara Micro 6 running Guardian's WAR at the root context. */
final class PayaraMicroServer {

    private final Path jar;
    private final Path war;
    private final Path workDir;
    private final int port;
    private final Optional<ClusterMembership> cluster;
    private ServerProcess process;

    /**
     * Membership of a Payara/Hazelcast cluster (docs/cluster.md, "Sessions"): the cluster's name, this member's
     * data-grid port and every member's {@code host:port} (TCP/IP discovery: works on loopback and across machines,
     * where multicast often does not).
     */
    record ClusterMembership(String name, String bindAddress, int gridPort, List<String> members) {
    }

    PayaraMicroServer(Path jar, Path war, Path workDir, int port) {
        this(jar, war, workDir, port, Optional.empty());
    }

    PayaraMicroServer(Path jar, Path war, Path workDir, int port, Optional<ClusterMembership> cluster) {
        this.jar = jar;
        this.war = war;
        this.workDir = workDir;
        this.port = port;
        this.cluster = cluster;
    }

    int port() {
        return port;
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
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xms128m", "-Xmx768m",
                "-Djakarta.json.provider=org.eclipse.parsson.JsonProviderImpl", "-jar", jar.toString(),
                "--deploy", war.toString(), "--contextroot", "/", "--port", Integer.toString(port),
                "--rootdir", rootDir.toString(), "--prebootcommandfile", bootCommands.toString()));
        if (cluster.isPresent()) { // the data grid on the member's own address only, not on every interface
            command.add(2, "-Dhazelcast.socket.bind.any=false");
        }
        command.addAll(cluster.map(PayaraMicroServer::clusterArguments).orElse(List.of("--nohazelcast")));
        process = ServerProcess.start("payara", command, workDir, environment, workDir.resolve("run"));
        // Generous: on a busy machine (CI next to other builds) the first deployment can take minutes.
        process.awaitHttpOk(URI.create(baseUrl() + "/health/ready"), ServerProcess.startLimit());
    }

    boolean isRunning() {
        return process != null && process.isAlive();
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

    /**
     * The data grid listens on the member's own address and port only and finds the others from the list; backups
     * of the sessions go to another member even on the same address ({@code --nohostaware}: by default Hazelcast
     * keeps no backup on a member with the same IP, so on one machine a killed instance would take its sessions).
     */
    private static List<String> clusterArguments(ClusterMembership cluster) {
        return List.of("--clustername", cluster.name(), "--name", cluster.name() + "-" + cluster.gridPort(),
                "--clustermode", "tcpip:" + String.join(",", cluster.members()),
                "--interfaces", cluster.bindAddress(),
                "--startport", Integer.toString(cluster.gridPort()), "--nohostaware");
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
