-- A user's own settings (keyed by their Keycloak username); for now the language of their screens.
CREATE TABLE user_preference (
    username      VARCHAR(255) NOT NULL,
    language_tag  VARCHAR(16)  NOT NULL,
    updated_at    DATETIME(6)  NOT NULL COMMENT 'UTC',
    version       BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
