-- A guardian's personal calendar feed (docs/notifications.md#calendar-feed): the secret link's token is never stored,
-- only its SHA-256; one link per user, replaced by "new link", deleted by "revoke".
CREATE TABLE calendar_feed (
    username   VARCHAR(255) NOT NULL,
    token_hash CHAR(64)     NOT NULL,
    created_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (username),
    UNIQUE KEY uk_calendar_feed_token (token_hash)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
