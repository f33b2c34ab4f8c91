-- The audit trail: every read of a child's file, every change, sign-ins and refused accesses (issue 7).
-- Append-only and tamper-evident: each entry's hash covers its content and the previous entry's hash.
CREATE TABLE audit_entry (
    id              BIGINT        NOT NULL AUTO_INCREMENT,
    occurred_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
    username        VARCHAR(255)  NOT NULL,
    roles           VARCHAR(255)  NOT NULL,
    action          VARCHAR(20)   NOT NULL COMMENT 'READ, CREATE, UPDATE, DENIED, SIGN_IN, SIGN_OUT, ...',
    object_type     VARCHAR(50)   NOT NULL,
    object_id       VARCHAR(100)  NULL,
    child_id        BIGINT        NULL,
    purpose         VARCHAR(500)  NULL,
    client_address  VARCHAR(64)   NULL,
    request_id      VARCHAR(64)   NULL,
    details         TEXT          NULL COMMENT 'JSON: changed fields (old, new), special categories masked',
    previous_hash   CHAR(64)      NOT NULL,
    hash            CHAR(64)      NOT NULL,
    PRIMARY KEY (id),
    KEY ix_audit_child (child_id, occurred_at),
    KEY ix_audit_user (username, occurred_at),
    KEY ix_audit_action (action, occurred_at),
    KEY ix_audit_time (occurred_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The end of the chain. Writers lock this row, so concurrent transactions append one after another and the chain
-- never forks; the lock is held until the writer's transaction ends (no change without its entry, and vice versa).
CREATE TABLE audit_chain_head (
    id         INT       NOT NULL,
    last_hash  CHAR(64)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO audit_chain_head (id, last_hash) VALUES (1, '0000000000000000000000000000000000000000000000000000000000000000');
