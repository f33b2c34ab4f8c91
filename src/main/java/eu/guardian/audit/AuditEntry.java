package eu.guardian.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of the audit trail: who did what to which object (and which child), when, from where. Entries are only
 * ever added: the class has no way to change one. Each is sealed with a keyed MAC (HMAC-SHA-256, {@link MacKey}) over
 * its canonical content and the previous entry's hash, so that any later change to any entry breaks the chain from
 * there on, and nobody without the key can write an entry that fits. Entries written before the keys (issue 12) carry
 * a plain SHA-256 instead and no key id: the legacy segment at the start of the chain (docs/audit-integrity.md).
 */
@Entity
@Table(name = "audit_entry")
public class AuditEntry implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String GENESIS = "0".repeat(64);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant occurredAt;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "roles", nullable = false, updatable = false)
    private String roles;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false, updatable = false)
    private AuditAction action;

    @Column(name = "object_type", nullable = false, updatable = false)
    private String objectType;

    @Column(name = "object_id", updatable = false)
    private String objectId;

    @Column(name = "child_id", updatable = false)
    private Long childId;

    @Column(name = "purpose", updatable = false)
    private String purpose;

    @Column(name = "client_address", updatable = false)
    private String clientAddress;

    @Column(name = "request_id", updatable = false)
    private String requestId;

    @Column(name = "details", updatable = false)
    private String details;

    @Column(name = "previous_hash", nullable = false, updatable = false)
    private String previousHash;

    /** The MAC or, for a legacy entry, the SHA-256 hash. */
    @Column(name = "hash", nullable = false, updatable = false)
    private String hash;

    /** The MAC key that sealed the entry; empty for a legacy entry. */
    @Column(name = "key_id", updatable = false)
    private String keyId;

    protected AuditEntry() {
        // for JPA
    }

    AuditEntry(Instant occurredAt, String username, String roles, AuditAction action, String objectType,
            Optional<String> objectId, Optional<Long> childId, Optional<String> purpose, Optional<String> clientAddress,
            Optional<String> requestId, Optional<String> details, String previousHash, MacKey key) {
        // The database keeps microseconds: the hash must cover exactly what is stored.
        this.occurredAt = occurredAt.truncatedTo(ChronoUnit.MICROS);
        this.username = Objects.requireNonNull(username);
        this.roles = Objects.requireNonNull(roles);
        this.action = Objects.requireNonNull(action);
        this.objectType = Objects.requireNonNull(objectType);
        this.objectId = objectId.orElse(null);
        this.childId = childId.orElse(null);
        this.purpose = purpose.orElse(null);
        this.clientAddress = clientAddress.orElse(null);
        this.requestId = requestId.orElse(null);
        this.details = details.orElse(null);
        this.previousHash = Objects.requireNonNull(previousHash);
        this.keyId = key.id();
        this.hash = key.seal(canonicalContent(this.occurredAt, username, roles, action.name(), objectType,
                this.objectId, this.childId, this.purpose, this.clientAddress, this.requestId, this.details),
                previousHash);
    }

    /**
     * The content the hash covers, field by field with their lengths so that no two different entries can read the
     * same ("ab"+"c" versus "a"+"bc").
     */
    public static String canonicalContent(Instant occurredAt, String username, String roles, String action,
            String objectType, String objectId, Long childId, String purpose, String clientAddress, String requestId,
            String details) {
        StringBuilder content = new StringBuilder();
        for (Object field : new Object[] {occurredAt.truncatedTo(ChronoUnit.MICROS), username, roles, action,
                objectType, objectId, childId, purpose, clientAddress, requestId, details}) {
            String text = field == null ? "" : field.toString();
            content.append(field == null ? -1 : text.length()).append(':').append(text).append('|');
        }
        return content.toString();
    }

    /** The legacy entries' hash: plain SHA-256, which anyone can compute (kept to verify the legacy segment). */
    public static String hashOf(String canonicalContent, String previousHash) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(previousHash.getBytes(StandardCharsets.US_ASCII));
            sha256.update(canonicalContent.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getRoles() {
        return roles;
    }

    public AuditAction getAction() {
        return action;
    }

    public String getObjectType() {
        return objectType;
    }

    public String getObjectId() {
        return objectId;
    }

    public Long getChildId() {
        return childId;
    }

    public String getPurpose() {
        return purpose;
    }

    public String getClientAddress() {
        return clientAddress;
    }

    public String getRequestId() {
        return requestId;
    }

    public String getDetails() {
        return details;
    }

    public String getPreviousHash() {
        return previousHash;
    }

    public String getHash() {
        return hash;
    }

    public Optional<String> getKeyId() {
        return Optional.ofNullable(keyId);
    }
}
