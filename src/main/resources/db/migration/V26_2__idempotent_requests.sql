-- A POST sent with an Idempotency-Key is recorded with its answer for a day: a retry with the same key (after a
-- time-out or a server's failure) gets the first answer again instead of creating a second record
-- (docs/cluster.md#idempotency). While the first request runs, a database named lock holds its key; only its answer is stored.
CREATE TABLE idempotent_request (
    username     VARCHAR(255)  NOT NULL,
    idem_key     VARCHAR(255)  NOT NULL,
    request_hash CHAR(64)      NOT NULL,
    status       INT           NULL,
    content_type VARCHAR(255)  NULL,
    location     VARCHAR(2000) NULL,
    body         MEDIUMBLOB    NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (username, idem_key),
    INDEX ix_idempotent_request_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;
