-- Visits and contacts with the child's own views, contact-frequency schedule, safeguarding concerns, interpreter log
-- and in-app notifications (issue 4, items 1-3 and 7). Instants are DATETIME(6) in UTC.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('visit', 0), ('visit_detail', 0), ('concern', 0),
    ('notification', 0);

-- One contact of a guardian (or a caseworker) with a child. The author may correct it for a while (a setting), then
-- only add addenda; every correction is audited with its field diff.
CREATE TABLE visit (
    id                    BIGINT        NOT NULL,
    child_id              BIGINT        NOT NULL,
    author                VARCHAR(255)  NOT NULL,
    author_role           VARCHAR(20)   NOT NULL COMMENT 'guardian or caseworker',
    occurred_at           DATETIME(6)   NOT NULL COMMENT 'UTC',
    mode                  VARCHAR(10)   NOT NULL COMMENT 'IN_PERSON, VIDEO or PHONE',
    place                 VARCHAR(200)  NULL,
    duration_minutes      INT           NOT NULL,
    present               VARCHAR(500)  NULL COMMENT 'who was present besides guardian and child',
    seen_alone            BOOLEAN       NOT NULL,
    interpreter_language  VARCHAR(3)    NULL,
    interpreter           VARCHAR(200)  NULL COMMENT 'interpreter name or service',
    child_views           TEXT          NULL COMMENT 'the child''s views in their own words',
    wellbeing             INT           NULL COMMENT '1 (very bad) to 5 (very good)',
    wellbeing_notes       VARCHAR(2000) NULL,
    notes                 VARCHAR(2000) NULL,
    recorded_at           DATETIME(6)   NOT NULL,
    corrected_at          DATETIME(6)   NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_visit_child (child_id, occurred_at, id),
    KEY ix_visit_child_personal (child_id, mode, occurred_at),
    KEY ix_visit_author (author, recorded_at),
    CONSTRAINT fk_visit_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_visit_language FOREIGN KEY (interpreter_language) REFERENCES language (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_topic (
    visit_id  BIGINT      NOT NULL,
    topic     VARCHAR(20) NOT NULL COMMENT 'HEALTH, SCHOOL, PLACEMENT, FAMILY_CONTACT, LEGAL_PROCEDURE, SAFETY',
    PRIMARY KEY (visit_id, topic),
    CONSTRAINT fk_visit_topic_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Written after the correction window closed: the entry itself stays as it was.
CREATE TABLE visit_addendum (
    id          BIGINT        NOT NULL,
    visit_id    BIGINT        NOT NULL,
    text        VARCHAR(4000) NOT NULL,
    written_at  DATETIME(6)   NOT NULL,
    written_by  VARCHAR(255)  NOT NULL,
    PRIMARY KEY (id),
    KEY ix_visit_addendum_visit (visit_id, written_at),
    CONSTRAINT fk_visit_addendum_visit FOREIGN KEY (visit_id) REFERENCES visit (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE visit_follow_up (
    id          BIGINT        NOT NULL,
    visit_id    BIGINT        NOT NULL,
    child_id    BIGINT        NOT NULL,
    action      VARCHAR(500)  NOT NULL,
    owner       VARCHAR(200)  NOT NULL,
    due_on      DATE          NOT NULL,
    done_on     DATE          NULL,
    done_by     VARCHAR(255)  NULL,
    reminded    BOOLEAN       NOT NULL DEFAULT FALSE,
    version     BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_follow_up_visit (visit_id),
    KEY ix_follow_up_child_open (child_id, done_on),
    KEY ix_follow_up_due (done_on, reminded, due_on),
    CONSTRAINT fk_follow_up_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_follow_up_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Every interpreted interaction, for the authority (who interpreted, in which language, when, for which child).
CREATE TABLE interpreter_log (
    id             BIGINT        NOT NULL AUTO_INCREMENT,
    visit_id       BIGINT        NOT NULL,
    child_id       BIGINT        NOT NULL,
    language_code  VARCHAR(3)    NOT NULL,
    interpreter    VARCHAR(200)  NOT NULL,
    occurred_at    DATETIME(6)   NOT NULL,
    logged_by      VARCHAR(255)  NOT NULL,
    logged_at      DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_interpreter_log_time (occurred_at),
    KEY ix_interpreter_log_language (language_code, occurred_at),
    KEY ix_interpreter_log_visit (visit_id),
    CONSTRAINT fk_interpreter_log_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_interpreter_log_language FOREIGN KEY (language_code) REFERENCES language (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Contact due per guardianship, kept up to date when a visit is logged (denormalised, so that "my children" and the
-- authority's overdue list are a few indexed lookups even with millions of visits).
CREATE TABLE contact_schedule (
    guardianship_id           BIGINT       NOT NULL,
    child_id                  BIGINT       NOT NULL,
    guardian_id               BIGINT       NOT NULL,
    appointed_on              DATE         NOT NULL,
    first_meeting_due         DATE         NOT NULL,
    first_personal_contact_on DATE         NULL,
    last_contact_at           DATETIME(6)  NULL COMMENT 'any mode',
    last_personal_contact_on  DATE         NULL COMMENT 'in person',
    next_contact_due          DATE         NOT NULL,
    overdue_notified_for      DATE         NULL COMMENT 'the due date the guardian was last told is overdue',
    PRIMARY KEY (guardianship_id),
    KEY ix_contact_schedule_due (next_contact_due),
    KEY ix_contact_schedule_child (child_id),
    KEY ix_contact_schedule_guardian (guardian_id),
    CONSTRAINT fk_contact_schedule_guardianship FOREIGN KEY (guardianship_id) REFERENCES guardianship (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO contact_schedule (guardianship_id, child_id, guardian_id, appointed_on, first_meeting_due,
        next_contact_due)
    SELECT id, child_id, guardian_id, appointed_on, first_meeting_due, first_meeting_due FROM guardianship
    WHERE ended_on IS NULL;

-- A safeguarding concern raised at a visit. Urgent ones alert the caseworkers, who acknowledge them and follow them
-- to an outcome; unacknowledged urgent concerns older than a setting are escalated to the authority.
CREATE TABLE concern (
    id               BIGINT        NOT NULL,
    visit_id         BIGINT        NOT NULL,
    child_id         BIGINT        NOT NULL,
    type             VARCHAR(30)   NOT NULL,
    urgency          VARCHAR(10)   NOT NULL COMMENT 'URGENT, HIGH or NORMAL',
    description      VARCHAR(4000) NOT NULL,
    status           VARCHAR(15)   NOT NULL COMMENT 'OPEN, ACKNOWLEDGED or CLOSED',
    raised_at        DATETIME(6)   NOT NULL,
    raised_by        VARCHAR(255)  NOT NULL,
    acknowledged_at  DATETIME(6)   NULL,
    acknowledged_by  VARCHAR(255)  NULL,
    outcome          VARCHAR(4000) NULL,
    outcome_at       DATETIME(6)   NULL,
    outcome_by       VARCHAR(255)  NULL,
    escalated_at     DATETIME(6)   NULL,
    version          BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_concern_status (status, urgency, raised_at),
    KEY ix_concern_child (child_id, raised_at),
    KEY ix_concern_visit (visit_id),
    CONSTRAINT fk_concern_visit FOREIGN KEY (visit_id) REFERENCES visit (id),
    CONSTRAINT fk_concern_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- In-app notifications. Personal ones go to a user; role-wide ones (e.g. urgent concerns for caseworkers) are
-- delivered into each member's personal list when they next open a page, so unread counts stay one indexed count.
CREATE TABLE notification (
    id           BIGINT        NOT NULL,
    recipient    VARCHAR(255)  NOT NULL COMMENT 'username',
    kind         VARCHAR(30)   NOT NULL,
    child_id     BIGINT        NULL,
    message_key  VARCHAR(100)  NOT NULL,
    arguments    VARCHAR(1000) NULL COMMENT 'JSON array of strings',
    created_at   DATETIME(6)   NOT NULL,
    read_at      DATETIME(6)   NULL,
    PRIMARY KEY (id),
    KEY ix_notification_unread (recipient, read_at, id),
    KEY ix_notification_recent (recipient, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE role_notification (
    id           BIGINT        NOT NULL AUTO_INCREMENT,
    role         VARCHAR(20)   NOT NULL,
    kind         VARCHAR(30)   NOT NULL,
    child_id     BIGINT        NULL,
    message_key  VARCHAR(100)  NOT NULL,
    arguments    VARCHAR(1000) NULL,
    created_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    KEY ix_role_notification (role, id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE notification_cursor (
    username  VARCHAR(255) NOT NULL,
    role      VARCHAR(20)  NOT NULL,
    last_id   BIGINT       NOT NULL,
    PRIMARY KEY (username, role)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
