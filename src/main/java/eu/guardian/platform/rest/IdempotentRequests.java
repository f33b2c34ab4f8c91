package eu.guardian.platform.rest;

import eu.guardian.platform.persistence.DatabaseMigrations;
import eu.guardian.platform.persistence.NativeRows;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The record of requests sent with an {@code Idempotency-Key} ({@link IdempotencyKeys}) and the lock that lets one
 * request at a time, on any server, work under a key: a database named lock held on its own connection for the
 * request's duration. The database frees it when that connection ends, so a server that dies mid-request (SIGKILL, a
 * lost machine) frees its keys at once and a retry runs the request anew (docs/cluster.md#idempotency).
 */
@ApplicationScoped
public class IdempotentRequests {

    /** How long a key's answer is kept for retries. */
    static final Duration KEPT_FOR = Duration.ofDays(1);

    private static final Logger LOG = Logger.getLogger(IdempotentRequests.class.getName());

    /** What an earlier request with the same key left: its hash and its answer. */
    record Earlier(String requestHash, Answer answer) {
    }

    /** A stored answer. */
    record Answer(int status, String contentType, String location, byte[] body) {
    }

    /** A key held by this request; closing frees it. */
    static final class HeldKey implements AutoCloseable {

        private final Connection connection;
        private final String lockName;

        private HeldKey(Connection connection, String lockName) {
            this.connection = connection;
            this.lockName = lockName;
        }

        @Override
        public void close() {
            try (connection; PreparedStatement release = connection.prepareStatement("SELECT RELEASE_LOCK(?)")) {
                release.setString(1, lockName);
                release.executeQuery().close();
            } catch (SQLException e) {
                // The lock ends with its connection anyway (closed here, or discarded by the pool as broken).
                LOG.log(Level.WARNING, "An idempotency key's lock was not released explicitly", e);
            }
        }
    }

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    Clock clock;

    /** Holds the caller's key, waiting up to {@code wait} for a request that holds it now; empty if still held. */
    Optional<HeldKey> hold(String username, String key, Duration wait) throws SQLException {
        String lockName = "guardian-idem-" + digest(username + "\n" + key).substring(0, 40);
        Connection connection = dataSource.getConnection();
        try (PreparedStatement lock = connection.prepareStatement("SELECT GET_LOCK(?, ?)")) {
            lock.setString(1, lockName);
            lock.setLong(2, Math.max(0, wait.toSeconds()));
            try (ResultSet result = lock.executeQuery()) {
                if (result.next() && result.getInt(1) == 1) {
                    return Optional.of(new HeldKey(connection, lockName));
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        connection.close();
        return Optional.empty();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Earlier> earlier(String username, String key) {
        return NativeRows.first(em.createNativeQuery("SELECT request_hash, status, content_type, location, body"
                        + " FROM idempotent_request WHERE username = ? AND idem_key = ? AND status IS NOT NULL")
                .setParameter(1, username).setParameter(2, key))
                .map(row -> new Earlier(row.text("request_hash"), new Answer(row.integer("status"),
                        row.optionalText("content_type").orElse(null), row.optionalText("location").orElse(null),
                        (byte[]) row.value("body"))));
    }

    /** Keeps the answer of the request that holds the key. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void keep(String username, String key, String requestHash, Answer answer) {
        em.createNativeQuery("INSERT INTO idempotent_request (username, idem_key, request_hash, status, content_type,"
                        + " location, body, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
                .setParameter(1, username).setParameter(2, key).setParameter(3, requestHash)
                .setParameter(4, answer.status()).setParameter(5, answer.contentType())
                .setParameter(6, answer.location()).setParameter(7, answer.body())
                .setParameter(8, Timestamp.from(clock.instant())).executeUpdate();
    }

    /** Forgets keys older than {@link #KEPT_FOR}, a bounded batch; returns how many went. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetOld(int batch) {
        return em.createNativeQuery("DELETE FROM idempotent_request WHERE created_at < ? ORDER BY created_at LIMIT "
                + batch).setParameter(1, Timestamp.from(clock.instant().minus(KEPT_FOR))).executeUpdate();
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
