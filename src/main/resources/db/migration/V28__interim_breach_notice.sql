-- Interim representative breaches (docs/domain-rules.md#appointment-deadlines): the queue and the dashboard find the
-- waiting children by their interim due date; each breach is told to the authority once, even with several servers:
-- the notice's row is inserted in the same transaction as the notification, and the key lets only one server insert.
ALTER TABLE child ADD KEY ix_child_interim_due (status, awaiting_guardian, interim_due_on);

CREATE TABLE interim_breach_notice (
    child_id       BIGINT      NOT NULL,
    interim_due_on DATE        NOT NULL,
    notified_at    DATETIME(6) NOT NULL,
    PRIMARY KEY (child_id, interim_due_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
