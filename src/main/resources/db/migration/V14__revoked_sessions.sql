-- Keycloak sessions that ended (back-channel logout): their tokens are refused by every Guardian instance until the
-- row is forgotten, which is after any token of the session has expired (README, "Tokens and sessions").
CREATE TABLE revoked_session (
    sid           VARCHAR(128) CHARACTER SET ascii COLLATE ascii_bin NOT NULL COMMENT 'Keycloak session id (sid claim)',
    revoked_at    DATETIME(6)  NOT NULL COMMENT 'UTC',
    forget_after  DATETIME(6)  NOT NULL COMMENT 'UTC; later than the expiry of every token of the session',
    PRIMARY KEY (sid),
    KEY revoked_session_forget (forget_after)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
