package eu.guardian.audit;

import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.security.CurrentUser;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PDF exports of the trail, written in the background by the server's managed executor: a large export never holds a
 * request thread or the auditor's page, and others work on undisturbed. Each export belongs to the auditor who started
 * it; its progress and finished file are kept in the database ({@link AuditPdfExportStore}), so any server of a
 * cluster answers for them (docs/cluster.md#exports), for an hour, then deleted ({@link AuditPdfExportCleanup}).
 */
@ApplicationScoped
public class AuditPdfExports {

    /** A PDF beyond this many entries is no longer read by anyone: the CSV export (no limit) is the tool then. */
    static final int MAX_ENTRIES = 200_000;
    static final Duration KEPT_FOR = Duration.ofHours(1);
    /** Beyond this many exports waiting, the landing page's count says no more. */
    static final int WAITING_SHOWN = 100;
    /** Progress is written to the database at most this often (each batch of entries would be too often). */
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(1);
    private static final Logger LOG = Logger.getLogger(AuditPdfExports.class.getName());

    public enum Status {
        RUNNING, DONE, FAILED
    }

    /** An export's state as its owner sees it. */
    public record Progress(String id, Status status, long written, long total) {

        public int percent() {
            return total == 0 ? 100 : (int) Math.min(100, written * 100 / total);
        }
    }

    /** The owner's finished export: its length, and the store to copy it from. */
    public record FinishedFile(String id, long size, AuditPdfExportStore store) {

        public void copyTo(OutputStream out) throws IOException {
            store.copy(id, out);
        }
    }

    @Resource
    ManagedExecutorService executor;

    @Inject
    AuditConsole console;

    @Inject
    AuditPdfExportStore store;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    /** Starts an export of what the filter selects (the console checks the auditor's role), recorded as an export. */
    public Progress start(AuditConsole.Filter filter, Locale locale) {
        // Recorded first: an export of a child's entries includes its own record, and the count must see it.
        console.recordExport(filter, "pdf");
        long total = console.countUpTo(filter, MAX_ENTRIES + 1);
        if (total > MAX_ENTRIES) {
            throw new InvalidInput("filter", "audit.pdfTooLarge", MAX_ENTRIES);
        }
        String id = UUID.randomUUID().toString();
        store.create(id, currentUser.getName(), total);
        AuditConsole.Reach reach = console.reachOfCaller(); // the executor's thread has no request to ask
        executor.submit(() -> write(id, filter, reach, locale));
        return new Progress(id, Status.RUNNING, 0, total);
    }

    public Optional<Progress> progress(String id) {
        return Optional.ofNullable(id).flatMap(own -> store.find(own, currentUser.getName()));
    }

    /** The caller's own exports still being written or ready to download (kept an hour; a few at most). */
    public List<String> waiting() {
        return store.waiting(currentUser.getName(), clock.instant().minus(KEPT_FOR), WAITING_SHOWN);
    }

    /** The finished file of the caller's own export. */
    public Optional<FinishedFile> file(String id) {
        return Optional.ofNullable(id).flatMap(own -> store.finishedSize(own, currentUser.getName()))
                .map(size -> new FinishedFile(id, size, store));
    }

    private void write(String id, AuditConsole.Filter filter, AuditConsole.Reach reach, Locale locale) {
        Path file = null;
        try {
            file = Files.createTempFile("guardian-audit-", ".pdf");
            long[] reportedAt = {clock.millis()};
            try (OutputStream out = Files.newOutputStream(file)) {
                AuditPdf.write(console, filter, reach, locale, out, written -> {
                    if (clock.millis() - reportedAt[0] >= PROGRESS_EVERY.toMillis()) {
                        reportedAt[0] = clock.millis();
                        store.progress(id, written);
                    }
                });
            }
            store.finish(id, file);
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "Audit PDF export " + id + " failed", e);
            store.fail(id);
        } finally {
            deleteQuietly(file);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete an export's temporary file", e);
        }
    }
}
