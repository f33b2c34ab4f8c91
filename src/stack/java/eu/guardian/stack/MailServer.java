package eu.guardian.stack;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * The development and test mail server: GreenMail standalone (from Maven Central), receiving on SMTP whatever Keycloak
 * (invitations) and Guardian send, and showing it through its REST API ({@code /api/user/{address}/messages}), where
 * people and the tests read it. It accepts any sender and any recipient without a password and delivers nothing
 * further: no mail leaves the machine (docs/accounts.md, "Mail").
 */
final class MailServer {

    private final Path jar;
    private final Path workDir;
    private final int smtpPort;
    private final int apiPort;
    private ServerProcess process;

    MailServer(Path jar, Path workDir, int smtpPort, int apiPort) {
        this.jar = jar;
        this.workDir = workDir;
        this.smtpPort = smtpPort;
        this.apiPort = apiPort;
    }

    void start() {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xms16m", "-Xmx128m",
                "-Dgreenmail.smtp.hostname=127.0.0.1", "-Dgreenmail.smtp.port=" + smtpPort,
                "-Dgreenmail.api.hostname=127.0.0.1", "-Dgreenmail.api.port=" + apiPort,
                "-Dgreenmail.auth.disabled", "-Dgreenmail.hostname=127.0.0.1",
                // the mail server's own folder in the command line lets deploy/stop.sh recognise the process as ours
                "-Dguardian.mail.home=" + workDir.resolve("mail"), "-jar", jar.toString());
        process = ServerProcess.start("mail", command, workDir, Map.of(), workDir.resolve("run"));
        process.awaitHttpOk(URI.create(apiUrl() + "/api/service/readiness"), Duration.ofMinutes(2));
    }

    void stop() {
        if (process != null) {
            process.stop();
            process = null;
        }
    }

    int smtpPort() {
        return smtpPort;
    }

    /** GreenMail's REST API: the messages each address received. */
    URI apiUrl() {
        return URI.create("http://localhost:" + apiPort);
    }
}
