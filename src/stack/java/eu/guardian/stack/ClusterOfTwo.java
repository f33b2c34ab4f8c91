package eu.guardian.stack;

import eu.guardian.stack.PayaraMicroServer.ClusterMembership;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * Two Payara Micro instances of the WAR forming one Payara/Hazelcast cluster (web sessions replicated), behind HAProxy
 * with deploy/production/haproxy.cfg on one address (docs/cluster.md, "Sessions"). The instances are named {@code a}
 * and {@code b}, as the balancer names them in its sticky cookie.
 */
public final class ClusterOfTwo {

    /** The address users see, each instance's HTTP port and each member's data-grid port. */
    public record Ports(int balancer, int instanceA, int instanceB, int gridA, int gridB) {

        /** Five consecutive ports from {@code base}: the instances, the balancer, then the data grid. */
        public static Ports from(int base) {
            return new Ports(base + 2, base, base + 1, base + 3, base + 4);
        }
    }

    private static final String LOOPBACK = "127.0.0.1";

    private final Ports ports;
    private final Map<String, PayaraMicroServer> instances = new LinkedHashMap<>();
    private final Path runDir;
    private final Supplier<Map<String, String>> environment;
    private Process balancer;
    private volatile boolean supervised;

    ClusterOfTwo(Ports ports, Path serversDir, Path war, Path workDir, String clusterName,
            Supplier<Map<String, String>> environment) {
        this.ports = ports;
        this.runDir = workDir.resolve("run");
        this.environment = environment;
        List<String> members = List.of(LOOPBACK + ":" + ports.gridA(), LOOPBACK + ":" + ports.gridB());
        instances.put("a", new PayaraMicroServer(serversDir.resolve("payara-micro.jar"), war,
                workDir.resolve("cluster-a"), ports.instanceA(),
                Optional.of(new ClusterMembership(clusterName, LOOPBACK, ports.gridA(), members))));
        instances.put("b", new PayaraMicroServer(serversDir.resolve("payara-micro.jar"), war,
                workDir.resolve("cluster-b"), ports.instanceB(),
                Optional.of(new ClusterMembership(clusterName, LOOPBACK, ports.gridB(), members))));
    }

    /** Starts both instances (side by side: they find each other) and then the balancer in front of them. */
    void start() {
        Map<String, String> env = environment.get();
        List<CompletableFuture<Void>> started = instances.values().stream()
                .map(instance -> CompletableFuture.runAsync(() -> instance.start(env))).toList();
        started.forEach(CompletableFuture::join);
        startBalancer();
    }

    public URI url() {
        return URI.create("http://localhost:" + ports.balancer());
    }

    public Ports ports() {
        return ports;
    }

    /** Kills one instance ({@code a} or {@code b}) with SIGKILL, as a crashed server. */
    public void kill(String instance) {
        instances.get(instance).kill();
    }

    /** Starts a killed or stopped instance again; it rejoins the cluster and the balancer sends it requests. */
    public void restart(String instance) {
        PayaraMicroServer server = instances.get(instance);
        server.stop();
        server.start(environment.get());
    }

    /**
     * Starts an instance again whenever it died, as a service manager would on a server (systemd's
     * {@code Restart=always}): deploy/run.sh --cluster, which the cluster drill uses. The tests restart by hand.
     */
    void supervise() {
        supervised = true;
        Thread supervisor = new Thread(() -> {
            while (supervised) {
                instances.forEach((name, instance) -> {
                    if (supervised && !instance.isRunning()) {
                        System.out.printf("Instance %s is gone: starting it again%n", name);
                        try {
                            restart(name);
                            System.out.printf("Instance %s is back%n", name);
                        } catch (RuntimeException e) {
                            System.out.printf("Instance %s did not start: %s%n", name, e.getMessage());
                        }
                    }
                });
                ServerProcess.sleep(Duration.ofSeconds(2));
            }
        }, "guardian-cluster-supervisor");
        supervisor.setDaemon(true);
        supervisor.start();
    }

    void stop() {
        supervised = false;
        if (balancer != null) {
            balancer.destroy();
            try {
                balancer.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            balancer = null;
        }
        instances.values().forEach(PayaraMicroServer::stop);
    }

    private void startBalancer() {
        try {
            Files.createDirectories(runDir);
            ProcessBuilder builder = new ProcessBuilder(
                    Files.exists(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy", "-db", "-f",
                    Path.of("deploy/production/haproxy.cfg").toAbsolutePath().toString())
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(runDir.resolve("haproxy.log").toFile()));
            builder.environment().put("GUARDIAN_BALANCER_BIND", LOOPBACK + ":" + ports.balancer());
            builder.environment().put("GUARDIAN_INSTANCE_A", LOOPBACK + ":" + ports.instanceA());
            builder.environment().put("GUARDIAN_INSTANCE_B", LOOPBACK + ":" + ports.instanceB());
            balancer = builder.start();
            Files.writeString(runDir.resolve("haproxy.pid"), Long.toString(balancer.pid()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        // Ready once it has seen both instances healthy (checks every second, "rise 2").
        long deadline = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (!ServerProcess.answersOk(URI.create(url() + "/health/ready"))) {
            if (System.nanoTime() > deadline || !balancer.isAlive()) {
                throw new IllegalStateException("HAProxy did not answer on " + url() + " (see haproxy.log)");
            }
            ServerProcess.sleep(Duration.ofMillis(300));
        }
        ServerProcess.sleep(Duration.ofSeconds(3));
    }
}
