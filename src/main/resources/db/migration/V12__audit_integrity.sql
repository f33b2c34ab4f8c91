-- Issue 12: the audit trail's integrity no longer rests on anything Guardian's own database account may change
-- (docs/audit-integrity.md).

-- Entries are now sealed with HMAC-SHA-256 under a key kept outside the database; key_id names it. Entries written
-- before this version keep their plain SHA-256 and no key id: the chain's legacy segment.
ALTER TABLE audit_entry ADD COLUMN key_id VARCHAR(64) NULL COMMENT 'MAC key that sealed the entry; NULL: legacy SHA-256';

-- The chain's end is the last entry itself. The old head row carried the last hash and Guardian's account could
-- UPDATE it, so it could move the chain: gone. Appenders take turns on a lock row that carries nothing.
CREATE TABLE audit_append_lock (
    id  INT  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO audit_append_lock (id) VALUES (1);
DROP TABLE audit_chain_head;

-- Checkpoints signed by the oversight body (Ed25519; deploy/audit-checkpoint.sh). Guardian's account may only read
-- them; they are written by the checkpoint command's own account.
CREATE TABLE audit_checkpoint (
    id          BIGINT        NOT NULL AUTO_INCREMENT,
    entry_id    BIGINT        NOT NULL COMMENT 'the last entry of the chain when signed',
    entry_hash  CHAR(64)      NOT NULL,
    signed_at   DATETIME(6)   NOT NULL COMMENT 'UTC',
    signer      CHAR(16)      NOT NULL COMMENT 'fingerprint of the public key that verifies the signature',
    signature   VARCHAR(128)  NOT NULL COMMENT 'Ed25519, Base64',
    PRIMARY KEY (id),
    KEY ix_checkpoint_entry (entry_id),
    KEY ix_checkpoint_time (signed_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
