package eu.guardian.audit;

import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.security.CurrentUser;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * PDF exports of the trail, written in the background by the server's managed executor: a large export never holds a
 * request thread or the auditor's page, and others work on undisturbed. Each export belongs to the auditor who started
 * it; its file is kept for an hour, then deleted.
 */
@ApplicationScoped
public class AuditPdfExports {

    /** A PDF beyond this many entries is no longer read by anyone: the CSV export (no limit) is the tool then. */
    static final int MAX_ENTRIES = 200_000;
    private static final Duration KEPT_FOR = Duration.ofHours(1);
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

    private static final class Job {
        final String id = UUID.randomUUID().toString();
        final String owner;
        final long total;
        final Path file;
        final Instant startedAt = Instant.now();
        volatile long written;
        volatile Status status = Status.RUNNING;

        Job(String owner, long total, Path file) {
            this.owner = owner;
            this.total = total;
            this.file = file;
        }

        Progress progress() {
            return new Progress(id, status, written, total);
        }
    }

    private final Map<String, Job> jobs = new ConcurrentHashMap<>();

    @Resource
    ManagedExecutorService executor;

    @Inject
    AuditConsole console;

    @Inject
    CurrentUser currentUser;

    /** Starts an export of what the filter selects (the console checks the auditor's role), recorded as an export. */
    public Progress start(AuditConsole.Filter filter, Locale locale) {
        forgetOldJobs();
        // Recorded first: an export of a child's entries includes its own record, and the count must see it.
        console.recordExport(filter, "pdf");
        long total = console.countUpTo(filter, MAX_ENTRIES + 1);
        if (total > MAX_ENTRIES) {
            throw new InvalidInput("filter", "audit.pdfTooLarge", MAX_ENTRIES);
        }
        Path file;
        try {
            file = Files.createTempFile("guardian-audit-", ".pdf");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Job job = new Job(currentUser.getName(), total, file);
        jobs.put(job.id, job);
        executor.submit(() -> write(job, filter, locale));
        return job.progress();
    }

    public Optional<Progress> progress(String id) {
        return own(id).map(Job::progress);
    }

    /** The finished file of the caller's own export. */
    public Optional<Path> file(String id) {
        return own(id).filter(job -> job.status == Status.DONE).map(job -> job.file);
    }

    private void write(Job job, AuditConsole.Filter filter, Locale locale) {
        try (OutputStream out = Files.newOutputStream(job.file)) {
            AuditPdf.write(console, filter, locale, out, written -> job.written = written);
            job.status = Status.DONE;
        } catch (IOException | RuntimeException e) {
            job.status = Status.FAILED;
            LOG.log(Level.WARNING, "Audit PDF export " + job.id + " failed", e);
        }
    }

    private Optional<Job> own(String id) {
        return Optional.ofNullable(id).map(jobs::get).filter(job -> job.owner.equals(currentUser.getName()));
    }

    private void forgetOldJobs() {
        Instant limit = Instant.now().minus(KEPT_FOR);
        jobs.values().removeIf(job -> {
            if (job.startedAt.isBefore(limit) && job.status != Status.RUNNING) {
                deleteQuietly(job.file);
                return true;
            }
            return false;
        });
    }

    @PreDestroy
    void deleteFiles() {
        jobs.values().forEach(job -> deleteQuietly(job.file));
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.FINE, "Could not delete an expired export", e);
        }
    }
}
