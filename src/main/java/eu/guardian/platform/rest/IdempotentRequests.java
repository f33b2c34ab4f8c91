package eu.guardian.platform.rest;

import eu.guardian.platform.persistence.NativeRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * The record of requests sent with an {@code Idempotency-Key} ({@link IdempotencyKeys}): claimed by inserting the
 * caller's key before the request runs, completed with its answer after. Each step commits on its own, so every server
 * of a cluster sees it at once (docs/cluster.md#idempotency).
 */
@ApplicationScoped
public class IdempotentRequests {

    /** How long a key's answer is kept for retries. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    /** What an earlier request with the same key left: its hash, and its answer once it has one. */
    record Earlier(String requestHash, Optional<Answer> answer, Instant createdAt) {
    }

    /** A stored answer. */
    record Answer(int status, String contentType, String location, byte[] body) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    Clock clock;

    /** True when this request is the key's first (it now holds the key); false when an earlier one holds it. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public boolean claim(String username, String key, String requestHash) {
        return em.createNativeQuery("INSERT IGNORE INTO idempotent_request (username, idem_key, request_hash,"
                        + " created_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, username).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, Timestamp.from(clock.instant())).executeUpdate() == 1;
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Earlier> earlier(String username, String key) {
        return NativeRows.first(em.createNativeQuery("SELECT request_hash, status, content_type, location, body,"
                        + " created_at FROM idempotent_request WHERE username = ? AND idem_key = ?")
                .setParameter(1, username).setParameter(2, key))
                .map(row -> new Earlier(row.text("request_hash"), row.optionalNumber("status")
                        .map(status -> new Answer(status.intValue(), row.optionalText("content_type").orElse(null),
                                row.optionalText("location").orElse(null), (byte[]) row.value("body"))),
                        row.instant("created_at")));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void complete(String username, String key, Answer answer) {
        em.createNativeQuery("UPDATE idempotent_request SET status = ?, content_type = ?, location = ?, body = ?"
                        + " WHERE username = ? AND idem_key = ?")
                .setParameter(1, answer.status()).setParameter(2, answer.contentType())
                .setParameter(3, answer.location()).setParameter(4, answer.body())
                .setParameter(5, username).setParameter(6, key).executeUpdate();
    }

    /** Frees the key of a request that failed on the server (nothing to replay): a retry runs it anew. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void release(String username, String key) {
        em.createNativeQuery("DELETE FROM idempotent_request WHERE username = ? AND idem_key = ? AND status IS NULL")
                .setParameter(1, username).setParameter(2, key).executeUpdate();
    }

    /** Forgets keys older than {@link #KEPT_FOR}, a bounded batch; returns how many went. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetOld(int batch) {
        return em.createNativeQuery("DELETE FROM idempotent_request WHERE created_at < ? ORDER BY created_at LIMIT "
                + batch).setParameter(1, Timestamp.from(clock.instant().minus(KEPT_FOR))).executeUpdate();
    }
}
