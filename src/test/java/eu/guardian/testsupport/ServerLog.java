package eu.guardian.testsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The test stack's Payara log, where every log line of Guardian goes. */
public final class ServerLog {

    private ServerLog() {
    }

    public static String read() throws IOException {
        return Files.readString(Path.of(System.getProperty("guardian.work", "target/it"), "run", "payara.log"),
                StandardCharsets.UTF_8);
    }

    /** The log once it has {@code expected} (the server's output is buffered: waits up to 10 s), else as it is. */
    public static String containing(String expected) throws IOException, InterruptedException {
        String log = read();
        for (int attempt = 0; attempt < 50 && !log.contains(expected); attempt++) {
            Thread.sleep(200);
            log = read();
        }
        return log;
    }
}
