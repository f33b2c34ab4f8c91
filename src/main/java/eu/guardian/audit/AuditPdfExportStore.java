package eu.guardian.audit;

import eu.guardian.audit.AuditPdfExports.Progress;
import eu.guardian.audit.AuditPdfExports.Status;
import eu.guardian.platform.persistence.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The exports' state and finished files in the database, each change in a transaction of its own so that every
 * server sees it at once (docs/cluster.md#exports). An export whose server stopped writing (it died) is reported as
 * failed once its progress is older than {@link #STALLED_AFTER}.
 */
@ApplicationScoped
public class AuditPdfExportStore {

    static final Duration STALLED_AFTER = Duration.ofMinutes(2);
    private static final int CHUNK = 1 << 20;

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void create(String id, String owner, long total) {
        Timestamp now = Timestamp.from(clock.instant());
        em.createNativeQuery("INSERT INTO audit_pdf_export (id, owner, status, written, total, started_at, updated_at)"
                        + " VALUES (?, ?, ?, 0, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, owner).setParameter(3, Status.RUNNING.name())
                .setParameter(4, total).setParameter(5, now).setParameter(6, now).executeUpdate();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void progress(String id, long written) {
        em.createNativeQuery("UPDATE audit_pdf_export SET written = ?, updated_at = ? WHERE id = ?")
                .setParameter(1, written).setParameter(2, Timestamp.from(clock.instant())).setParameter(3, id)
                .executeUpdate();
    }

    /** Stores the written file piece by piece, then marks the export done, all in one transaction. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void finish(String id, Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            int seq = 0;
            for (byte[] piece = in.readNBytes(CHUNK); piece.length > 0; piece = in.readNBytes(CHUNK)) {
                em.createNativeQuery("INSERT INTO audit_pdf_export_chunk (export_id, seq, bytes) VALUES (?, ?, ?)")
                        .setParameter(1, id).setParameter(2, seq++).setParameter(3, piece).executeUpdate();
            }
            em.createNativeQuery("UPDATE audit_pdf_export SET status = ?, size = ?, written = total, updated_at = ?"
                    + " WHERE id = ?")
                    .setParameter(1, Status.DONE.name()).setParameter(2, Files.size(file))
                    .setParameter(3, Timestamp.from(clock.instant())).setParameter(4, id).executeUpdate();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void fail(String id) {
        em.createNativeQuery("UPDATE audit_pdf_export SET status = ?, updated_at = ? WHERE id = ?")
                .setParameter(1, Status.FAILED.name()).setParameter(2, Timestamp.from(clock.instant()))
                .setParameter(3, id).executeUpdate();
    }

    /** The owner's export, as far as it has got. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Progress> find(String id, String owner) {
        return NativeRows.first(em.createNativeQuery("SELECT status, written, total, updated_at FROM audit_pdf_export"
                        + " WHERE id = ? AND owner = ?").setParameter(1, id).setParameter(2, owner))
                .map(row -> {
                    Status status = row.enumValue("status", Status.class);
                    boolean stalled = status == Status.RUNNING
                            && row.instant("updated_at").isBefore(clock.instant().minus(STALLED_AFTER));
                    return new Progress(id, stalled ? Status.FAILED : status, row.number("written"),
                            row.number("total"));
                });
    }

    /** The finished file's length in bytes, if the owner's export is done. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Long> finishedSize(String id, String owner) {
        return NativeRows.first(em.createNativeQuery("SELECT size FROM audit_pdf_export WHERE id = ? AND owner = ?"
                        + " AND status = ?").setParameter(1, id).setParameter(2, owner)
                .setParameter(3, Status.DONE.name())).flatMap(row -> row.optionalNumber("size"));
    }

    /** Copies the finished file out, one piece in memory at a time. */
    public void copy(String id, OutputStream out) throws IOException {
        for (int seq = 0;; seq++) {
            Optional<byte[]> piece = piece(id, seq);
            if (piece.isEmpty()) {
                return;
            }
            out.write(piece.get());
        }
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<byte[]> piece(String id, int seq) {
        @SuppressWarnings("unchecked")
        List<byte[]> bytes = em.createNativeQuery("SELECT bytes FROM audit_pdf_export_chunk"
                + " WHERE export_id = ? AND seq = ?").setParameter(1, id).setParameter(2, seq).getResultList();
        return bytes.stream().findFirst();
    }

    /** The owner's exports started at or after {@code since} still being written or ready to download, newest first. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public List<String> waiting(String owner, Instant since, int max) {
        return em.createNativeQuery("SELECT id FROM audit_pdf_export WHERE owner = ? AND started_at >= ?"
                        + " AND (status = ? OR (status = ? AND updated_at >= ?)) ORDER BY started_at DESC LIMIT ?")
                .setParameter(1, owner).setParameter(2, Timestamp.from(since)).setParameter(3, Status.DONE.name())
                .setParameter(4, Status.RUNNING.name())
                .setParameter(5, Timestamp.from(clock.instant().minus(STALLED_AFTER))).setParameter(6, max)
                .getResultList().stream().map(String::valueOf).toList();
    }

    /** Forgets exports started before the limit (their pieces go with them), a bounded batch; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetStartedBefore(Instant limit, int batch) {
        return em.createNativeQuery("DELETE FROM audit_pdf_export WHERE started_at < ? ORDER BY started_at LIMIT "
                + batch).setParameter(1, Timestamp.from(limit)).executeUpdate();
    }
}
