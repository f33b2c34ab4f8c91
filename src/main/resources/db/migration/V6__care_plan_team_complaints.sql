-- Care plan, case team and complaints (issue 4, items 4-6). Dates are calendar dates; instants DATETIME(6) in UTC.

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('care_plan_item', 0), ('case_team_member', 0), ('complaint', 0);

-- What is planned for a child (school, health check, special-needs assessment, ...), by whom, by when.
-- open_item mirrors "status is PLANNED or IN_PROGRESS" so that the overdue list and counts read one index range.
CREATE TABLE care_plan_item (
    id                  BIGINT        NOT NULL,
    child_id            BIGINT        NOT NULL,
    item_type           VARCHAR(40)   NOT NULL,
    agency              VARCHAR(200)  NULL,
    responsible_person  VARCHAR(200)  NULL,
    due_on              DATE          NOT NULL,
    due_from_rule       BOOLEAN       NOT NULL COMMENT 'the due date is the legal default of the type (not typed in)',
    status              VARCHAR(20)   NOT NULL COMMENT 'PLANNED, IN_PROGRESS, DONE or CANCELLED',
    open_item           BOOLEAN       NOT NULL,
    outcome             VARCHAR(2000) NULL,
    created_at          DATETIME(6)   NOT NULL,
    created_by          VARCHAR(255)  NOT NULL,
    updated_at          DATETIME(6)   NOT NULL,
    updated_by          VARCHAR(255)  NOT NULL,
    version             BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_care_plan_item_child (child_id, due_on),
    KEY ix_care_plan_item_open_due (open_item, due_on, id),
    CONSTRAINT fk_care_plan_item_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- People of several agencies on a child's case; username links a member to their Guardian login (see ChildAccess).
CREATE TABLE case_team_member (
    id             BIGINT        NOT NULL,
    child_id       BIGINT        NOT NULL,
    team_function  VARCHAR(30)   NOT NULL COMMENT 'SOCIAL_SERVICES, HEALTH, LEGAL_AID, EDUCATION, POLICE or NGO',
    name           VARCHAR(200)  NOT NULL,
    organisation   VARCHAR(200)  NOT NULL,
    contact        VARCHAR(200)  NULL,
    from_on        DATE          NOT NULL,
    to_on          DATE          NULL COMMENT 'last day on the team (inclusive)',
    username       VARCHAR(255)  NULL,
    created_at     DATETIME(6)   NOT NULL,
    created_by     VARCHAR(255)  NOT NULL,
    version        BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_case_team_member_child (child_id, from_on),
    KEY ix_case_team_member_username (username, child_id),
    CONSTRAINT fk_case_team_member_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Complaints of a child (through the guardian or a caseworker), a guardian or a carer, tracked to an outcome.
-- A complaint about a guardian (about_guardian_id) is never shown to that guardian; a confidential one only to the
-- authority, auditors and whoever lodged it (Complaints service).
CREATE TABLE complaint (
    id                 BIGINT        NOT NULL,
    reference          VARCHAR(20)   NOT NULL,
    child_id           BIGINT        NOT NULL,
    complainant        VARCHAR(20)   NOT NULL COMMENT 'CHILD, GUARDIAN or CARER',
    subject            VARCHAR(20)   NOT NULL COMMENT 'PLACEMENT, GUARDIAN, SERVICES or OTHER',
    about_guardian_id  BIGINT        NULL,
    confidential       BOOLEAN       NOT NULL,
    description        VARCHAR(4000) NOT NULL,
    lodged_on          DATE          NOT NULL,
    lodged_at          DATETIME(6)   NOT NULL,
    lodged_by          VARCHAR(255)  NOT NULL,
    due_on             DATE          NOT NULL,
    owner              VARCHAR(255)  NULL COMMENT 'the person at the authority who handles it',
    status             VARCHAR(20)   NOT NULL COMMENT 'RECEIVED, IN_PROGRESS or CLOSED',
    outcome            VARCHAR(30)   NULL,
    outcome_text       VARCHAR(2000) NULL,
    decided_on         DATE          NULL,
    decided_by         VARCHAR(255)  NULL,
    version            BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_complaint_reference (reference),
    KEY ix_complaint_status_due (status, due_on, id),
    KEY ix_complaint_owner (owner, status, due_on),
    KEY ix_complaint_child (child_id, lodged_at),
    KEY ix_complaint_lodged_by (lodged_by, lodged_at),
    KEY ix_complaint_about_guardian (about_guardian_id),
    CONSTRAINT fk_complaint_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_complaint_guardian FOREIGN KEY (about_guardian_id) REFERENCES guardian (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
