-- Background PDF exports of the audit trail live in the database, not in one server's memory, so that any server of
-- a cluster reports an export's progress and serves its file (docs/cluster.md#exports). Kept for an hour.
CREATE TABLE audit_pdf_export (
    id         CHAR(36)     NOT NULL PRIMARY KEY,
    owner      VARCHAR(255) NOT NULL,
    status     VARCHAR(20)  NOT NULL,
    written    BIGINT       NOT NULL,
    total      BIGINT       NOT NULL,
    size       BIGINT       NULL,
    started_at DATETIME(6)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    INDEX ix_audit_pdf_export_started (started_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The finished file, in pieces small enough for any server's max_allowed_packet; read back one piece at a time.
CREATE TABLE audit_pdf_export_chunk (
    export_id CHAR(36)   NOT NULL,
    seq       INT        NOT NULL,
    bytes     MEDIUMBLOB NOT NULL,
    PRIMARY KEY (export_id, seq),
    CONSTRAINT fk_audit_pdf_export_chunk FOREIGN KEY (export_id) REFERENCES audit_pdf_export (id) ON DELETE CASCADE
) ENGINE = InnoDB;
