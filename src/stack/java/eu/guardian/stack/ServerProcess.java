package eu.guardian.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A server the stack started as a child process: its PID is written to a file (for deploy/stop.sh), its output goes
 * to a log file, and stopping it stops its whole process tree (kc.sh, for one, runs Keycloak's java as a child).
 */
final class ServerProcess {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    /**
     * How long a server may take to answer after its start: 6 minutes, or {@code GUARDIAN_START_MINUTES} (system
     * property {@code guardian.stack.start-minutes}) on a machine shared with other builds, where starts take longer.
     */
    static Duration startLimit() {
        String minutes = System.getProperty("guardian.stack.start-minutes", System.getenv("GUARDIAN_START_MINUTES"));
        return Duration.ofMinutes(minutes == null || minutes.isBlank() ? 6 : Long.parseLong(minutes.strip()));
    }

    private final String name;
    private final Process process;
    private final Path pidFile;
    private final Path log;

    private ServerProcess(String name, Process process, Path pidFile, Path log) {
        this.name = name;
        this.process = process;
        this.pidFile = pidFile;
        this.log = log;
    }

    static ServerProcess start(String name, List<String> command, Path workingDir, Map<String, String> environment,
            Path runDir) {
        try {
            Files.createDirectories(runDir);
            Path log = runDir.resolve(name + ".log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(workingDir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().putAll(environment);
            Process process = builder.start();
            Path pidFile = runDir.resolve(name + ".pid");
            Files.writeString(pidFile, Long.toString(process.pid()));
            return new ServerProcess(name, process, pidFile, log);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name, e);
        }
    }

    /** Waits until the URL answers 200, failing early if the process dies. */
    void awaitHttpOk(URI url, Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log);
            }
            if (answersOk(url)) {
                return;
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException(name + " not ready at " + url + " after " + timeout + "; see " + log);
    }

    static boolean answersOk(URI url) {
        try {
            HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(10)).GET().build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    Path log() {
        return log;
    }

    /** Stops the process and every process it started, politely first, then by force. */
    /** SIGKILL, as a crash would end it: no shutdown hook, no goodbye to the database (the failover tests). */
    void kill() {
        process.destroyForcibly();
        awaitExit(Duration.ofSeconds(10));
    }

    void stop() {
        List<ProcessHandle> tree = process.descendants().toList();
        tree.forEach(ProcessHandle::destroy);
        process.destroy();
        awaitExit(Duration.ofSeconds(20));
        tree.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
        if (process.isAlive()) {
            process.destroyForcibly();
            awaitExit(Duration.ofSeconds(5));
        }
        try {
            Files.deleteIfExists(pidFile);
        } catch (IOException e) {
            // only a stale pid file is left; deploy/stop.sh checks that the process is ours before it acts
        }
    }

    private void awaitExit(Duration timeout) {
        try {
            process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            Instant deadline = Instant.now().plus(timeout);
            while (process.descendants().anyMatch(ProcessHandle::isAlive) && Instant.now().isBefore(deadline)) {
                sleep(Duration.ofMillis(200));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
