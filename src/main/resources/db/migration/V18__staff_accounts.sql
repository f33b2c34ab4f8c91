-- Issue 14: logins managed from Guardian through Keycloak's Admin REST API (docs/accounts.md). Keycloak keeps the
-- credentials; Guardian keeps which login it made for whom, to reconcile the two and to link a guardian to theirs.

-- Every login Guardian created or took over, linked by Keycloak's user id (never by a typed username). The username
-- is Keycloak's (which does not allow changing it: editUsernameAllowed is off), copied for the lists and the trail.
CREATE TABLE staff_account (
    id            BIGINT        NOT NULL,
    keycloak_id   VARCHAR(36)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'Keycloak user id',
    username      VARCHAR(255)  NOT NULL,
    role          VARCHAR(20)   NOT NULL COMMENT 'realm role: reception, caseworker, guardian, authority, auditor, admin, operator',
    status        VARCHAR(10)   NOT NULL COMMENT 'ACTIVE or DISABLED',
    created_at    DATETIME(6)   NOT NULL COMMENT 'UTC',
    created_by    VARCHAR(255)  NOT NULL,
    invited_at    DATETIME(6)   NULL COMMENT 'UTC; the last invitation e-mail Keycloak was asked to send',
    version       BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_staff_account_keycloak (keycloak_id),
    UNIQUE KEY uk_staff_account_username (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('staff_account', 0);

-- A guardian's login, by Keycloak user id; guardian.username stays the login's name, which access decisions read.
ALTER TABLE guardian ADD COLUMN keycloak_id VARCHAR(36) CHARACTER SET ascii COLLATE ascii_bin NULL
    COMMENT 'Keycloak user id of the guardian''s login', ADD UNIQUE KEY uk_guardian_keycloak (keycloak_id);

-- Keycloak's sign-in events brought into the audit trail, each exactly once: the event id is the key, and the
-- audit entry is written in the transaction that inserts it. The newest time is where the next import starts.
CREATE TABLE signin_event (
    event_id     VARCHAR(64)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'Keycloak event id',
    event_time   DATETIME(6)   NOT NULL COMMENT 'UTC, as Keycloak recorded it',
    event_type   VARCHAR(60)   NOT NULL,
    imported_at  DATETIME(6)   NOT NULL COMMENT 'UTC',
    PRIMARY KEY (event_id),
    KEY ix_signin_event_time (event_time)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The last reconciliation's findings: Keycloak accounts without a record, records without an account, and records
-- whose state differs from the account's. Replaced as a whole by each run.
CREATE TABLE account_drift (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    found_at     DATETIME(6)   NOT NULL COMMENT 'UTC',
    kind         VARCHAR(20)   NOT NULL COMMENT 'NO_RECORD, NO_ACCOUNT, STATUS_DIFFERS, ROLE_DIFFERS',
    keycloak_id  VARCHAR(36)   CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
    username     VARCHAR(255)  NULL,
    detail       VARCHAR(255)  NULL,
    PRIMARY KEY (id),
    KEY ix_account_drift_kind (kind, username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
