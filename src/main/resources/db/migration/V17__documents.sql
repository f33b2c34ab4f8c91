-- Documents and photos on a child's file (issue 20, docs/documents.md): the record of each file, and its content in
-- encrypted chunks, so that a backup, a replica and the retention job cover it like every other record.
CREATE TABLE document (
    id              BIGINT        NOT NULL,
    child_id        BIGINT        NOT NULL,
    attached_to     VARCHAR(20)   NOT NULL COMMENT 'FILE, VISIT, ASSESSMENT, MISSING_EPISODE or COMPLAINT',
    attached_id     BIGINT        NOT NULL COMMENT 'the visit, assessment... (for FILE the child)',
    category        VARCHAR(20)   NOT NULL COMMENT 'IDENTITY, LEGAL, AGE_ASSESSMENT, EDUCATION, HEALTH, PHOTO, OTHER',
    label           VARCHAR(200)  NOT NULL COMMENT 'the file name as given, a display label only (never a path)',
    content_type    VARCHAR(10)   NOT NULL COMMENT 'decided from the content: PDF, JPEG, PNG, WEBP, HEIF, TEXT...',
    size_bytes      BIGINT        NOT NULL COMMENT 'as stored: after metadata was removed',
    chunk_count     INT           NOT NULL,
    orientation     TINYINT       NOT NULL COMMENT 'a photo''s Exif orientation, 1 = upright',
    has_thumbnail   BOOLEAN       NOT NULL,
    key_id          VARCHAR(64)   NOT NULL COMMENT 'the master key that wraps this file''s key',
    wrapped_key     VARBINARY(64) NOT NULL COMMENT 'AES-GCM(master key, file key), bound to this id',
    status          VARCHAR(12)   NOT NULL COMMENT 'UPLOADING, STORED, DELETED or ERASED',
    uploaded_by     VARCHAR(255)  NOT NULL,
    uploaded_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
    removed_by      VARCHAR(255)  NULL,
    removed_at      DATETIME(6)   NULL COMMENT 'UTC',
    removal_reason  VARCHAR(500)  NULL,
    version         BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_document_attached (attached_to, attached_id, status, uploaded_at),
    KEY ix_document_child (child_id, status),
    KEY ix_document_status (status, uploaded_at),
    KEY ix_document_key (key_id),
    CONSTRAINT fk_document_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The content: AES-256-GCM per chunk of 1 MiB (nonce, ciphertext, tag), so neither an upload nor a download holds
-- a whole file. MEDIUMBLOB: a chunk is a little over 1 MiB, well under max_allowed_packet.
CREATE TABLE document_chunk (
    document_id  BIGINT      NOT NULL,
    chunk_no     INT         NOT NULL,
    sealed       MEDIUMBLOB  NOT NULL,
    PRIMARY KEY (document_id, chunk_no),
    CONSTRAINT fk_document_chunk FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A photo's thumbnail for lists, sealed with the file's own key.
CREATE TABLE document_thumbnail (
    document_id  BIGINT  NOT NULL,
    sealed       BLOB    NOT NULL,
    PRIMARY KEY (document_id),
    CONSTRAINT fk_document_thumbnail FOREIGN KEY (document_id) REFERENCES document (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('document', 0);
