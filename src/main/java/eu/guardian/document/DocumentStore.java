package eu.guardian.document;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.document.content.ContentInspector;
import eu.guardian.document.storage.DocumentCrypto;
import eu.guardian.document.storage.MasterKey;
import eu.guardian.document.storage.TamperedContent;
import com.mysql.cj.jdbc.JdbcConnection;
import eu.guardian.platform.persistence.DatabaseMigrations;
import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.crypto.SecretKey;
import javax.sql.DataSource;

/**
 * The storage steps of a document, each in a short transaction of its own, so that a slow phone's upload never holds
 * a database connection, a lock or the audit trail's turn while its bytes arrive: the record is created invisible,
 * each sealed chunk is inserted as it is complete, and the record is made visible (with its audit entry) only once
 * every check has passed; anything refused is discarded (docs/documents.md, "Storage"). Only {@link Documents}
 * calls this, after its role and row checks.
 */
@Stateless
@PermitAll
public class DocumentStore {

    /** A document whose content may now arrive, and its file key. */
    public record Begun(long id, SecretKey fileKey) {
    }

    private static final String INSERT_CHUNK =
            "INSERT INTO document_chunk (document_id, chunk_no, sealed) VALUES (?, ?, ?)";

    @PersistenceContext
    EntityManager em;

    @Resource(lookup = DatabaseMigrations.DATA_SOURCE)
    DataSource dataSource;

    @Inject
    DocumentKeys keys;

    @Inject
    AuditTrail audit;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Begun begin(Document document) {
        em.persist(document);
        SecretKey fileKey = DocumentCrypto.newFileKey();
        MasterKey master = keys.current();
        document.keyWrapped(master.id(), DocumentCrypto.wrap(master, document.getId(), fileKey));
        return new Begun(document.getId(), fileKey);
    }

    /**
     * Inserts a sealed chunk. Through JDBC as a server-side prepared statement: the binary protocol sends the chunk's
     * bytes as they are, where a client-side statement (the data source's default) would escape a megabyte into the
     * SQL text and the server parse it back (docs/documents.md, "Storage").
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void appendChunk(long documentId, int chunkNo, byte[] sealed) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = binaryStatement(connection, INSERT_CHUNK)) {
            insert.setLong(1, documentId);
            insert.setInt(2, chunkNo);
            insert.setBytes(3, sealed);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store chunk " + chunkNo + " of document " + documentId, e);
        }
    }

    private static PreparedStatement binaryStatement(Connection connection, String sql) throws SQLException {
        return connection.isWrapperFor(JdbcConnection.class)
                ? connection.unwrap(JdbcConnection.class).serverPrepareStatement(sql)
                : connection.prepareStatement(sql);
    }

    /** Makes the checked document visible, with its thumbnail, and records its creation in the trail. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Document finish(long documentId, ContentInspector.Inspected inspected, int chunkCount,
            Optional<byte[]> sealedThumbnail) {
        Document document = em.find(Document.class, documentId, LockModeType.PESSIMISTIC_WRITE);
        document.stored(inspected.type(), inspected.size(), chunkCount, inspected.orientation(),
                sealedThumbnail.isPresent());
        sealedThumbnail.ifPresent(sealed -> em.createNativeQuery(
                        "INSERT INTO document_thumbnail (document_id, sealed) VALUES (?, ?)")
                .setParameter(1, documentId).setParameter(2, sealed).executeUpdate());
        audit.record(AuditAction.CREATE, "Document", documentId, Optional.of(document.getChildId()), Changes.none()
                .note("attachedTo", document.getAttachedTo()).note("attachedId", document.getAttachedId())
                .note("category", document.getCategory()).note("type", inspected.type())
                .note("size", inspected.size()));
        return document;
    }

    /** Removes an upload that was refused or broke off: its chunks and its invisible record. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void discard(long documentId) {
        removeContent(documentId);
        em.createNativeQuery("DELETE FROM document WHERE id = ? AND status = 'UPLOADING'").setParameter(1, documentId)
                .executeUpdate();
    }

    /** The content goes (deletion, erasure); the record stays. In the caller's transaction. */
    public void removeContent(long documentId) {
        em.createNativeQuery("DELETE FROM document_chunk WHERE document_id = ?").setParameter(1, documentId)
                .executeUpdate();
        em.createNativeQuery("DELETE FROM document_thumbnail WHERE document_id = ?").setParameter(1, documentId)
                .executeUpdate();
    }

    /** One sealed chunk, or null; a download reads them one by one, each in a short transaction. */
    public byte[] chunk(long documentId, int chunkNo) {
        List<?> rows = em.createNativeQuery("SELECT sealed FROM document_chunk WHERE document_id = ? AND chunk_no = ?")
                .setParameter(1, documentId).setParameter(2, chunkNo).getResultList();
        return rows.isEmpty() ? null : (byte[]) rows.get(0);
    }

    public Optional<byte[]> sealedThumbnail(long documentId) {
        List<?> rows = em.createNativeQuery("SELECT sealed FROM document_thumbnail WHERE document_id = ?")
                .setParameter(1, documentId).getResultList();
        return rows.stream().findFirst().map(byte[].class::cast);
    }

    /** The document's file key, unwrapped with the master key that wrapped it. */
    public SecretKey fileKey(Document document) {
        MasterKey master = keys.find(document.getKeyId()).orElseThrow(() -> new TamperedContent(
                "document " + document.getId() + " is wrapped under master key '" + document.getKeyId()
                        + "', which is not configured"));
        return DocumentCrypto.unwrap(master, document.getId(), document.wrappedKey());
    }
}
