-- E-mail for notifications (docs/notifications.md). Each user's choice: IMMEDIATELY (also when no row), DIGEST, OFF.
CREATE TABLE notification_email_choice (
    username   VARCHAR(255) NOT NULL,
    choice     VARCHAR(16)  NOT NULL,
    updated_at DATETIME(6)  NOT NULL,
    PRIMARY KEY (username)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The outbox: written in the transaction that stores the notification, sent later by a job that runs once in the
-- cluster. It holds no name and no free text: the kind, the case number, the recipient's login. A row is claimed
-- (SENDING) before its mail is handed to the SMTP server and is never handed over again: after an SMTP failure it
-- is PENDING again with a later next_attempt_at; one left SENDING by a server that died is set UNCERTAIN, not resent.
CREATE TABLE notification_mail (
    id              BIGINT       NOT NULL AUTO_INCREMENT,
    recipient       VARCHAR(255) NOT NULL COMMENT 'username',
    kind            VARCHAR(30)  NOT NULL,
    child_id        BIGINT       NULL COMMENT 'for the link to the file, which asks for sign-in',
    case_number     VARCHAR(20)  NULL,
    delivery        VARCHAR(16)  NOT NULL COMMENT 'IMMEDIATELY or DIGEST',
    state           VARCHAR(16)  NOT NULL COMMENT 'PENDING, SENDING, SENT, FAILED, NO_ADDRESS, UNCERTAIN',
    created_at      DATETIME(6)  NOT NULL,
    next_attempt_at DATETIME(6)  NOT NULL,
    attempts        INT          NOT NULL DEFAULT 0,
    claim           VARCHAR(36)  NULL,
    claimed_at      DATETIME(6)  NULL,
    sent_at         DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_notification_mail_due (state, delivery, next_attempt_at, id),
    KEY ix_notification_mail_claim (claim),
    KEY ix_notification_mail_recipient (recipient, state, delivery)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
