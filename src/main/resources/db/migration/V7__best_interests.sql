-- Best-interests procedure (issue 5; RULES.md "Best interests"): assessments (BIA) with their factor sections,
-- evidence links and history; the review schedule; panel determinations (BID) with members and positions.
-- Evidence links name visits and documents by kind + id + label only: no foreign keys into other capabilities' tables.

CREATE TABLE bia (
    id                 BIGINT       NOT NULL AUTO_INCREMENT,
    child_id           BIGINT       NOT NULL,
    kind               VARCHAR(20)  NOT NULL COMMENT 'SHORT or COMPREHENSIVE',
    status             VARCHAR(20)  NOT NULL COMMENT 'DRAFT, SUBMITTED, RETURNED or APPROVED',
    author             VARCHAR(255) NOT NULL,
    created_at         DATETIME(6)  NOT NULL,
    amends_id          BIGINT       NULL COMMENT 'the approved assessment this one corrects',
    child_heard        BOOLEAN      NULL,
    views_language     VARCHAR(3)   NULL,
    interpreter        VARCHAR(200) NULL,
    views_weighing     TEXT         NULL,
    not_heard_reason   TEXT         NULL,
    recommendations    TEXT         NULL,
    submitted_by       VARCHAR(255) NULL,
    submitted_at       DATETIME(6)  NULL,
    decided_by         VARCHAR(255) NULL,
    decided_at         DATETIME(6)  NULL,
    return_comment     TEXT         NULL,
    next_review_on     DATE         NULL,
    version            BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_bia_child (child_id, created_at),
    KEY ix_bia_status (status, submitted_at),
    CONSTRAINT fk_bia_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_bia_amends FOREIGN KEY (amends_id) REFERENCES bia (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bia_section (
    bia_id          BIGINT       NOT NULL,
    factor          VARCHAR(40)  NOT NULL,
    findings        TEXT         NULL,
    sources         TEXT         NULL,
    risk_level      VARCHAR(10)  NULL COMMENT 'NONE, LOW, MEDIUM or HIGH',
    updated_by      VARCHAR(255) NULL,
    updated_at      DATETIME(6)  NULL,
    PRIMARY KEY (bia_id, factor),
    CONSTRAINT fk_bia_section_bia FOREIGN KEY (bia_id) REFERENCES bia (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bia_evidence (
    bia_id      BIGINT       NOT NULL,
    seq         INT          NOT NULL,
    factor      VARCHAR(40)  NOT NULL,
    kind        VARCHAR(20)  NOT NULL COMMENT 'VISIT or DOCUMENT (another capability''s id, no foreign key)',
    ref_id      VARCHAR(64)  NOT NULL,
    label       VARCHAR(200) NOT NULL,
    PRIMARY KEY (bia_id, seq),
    CONSTRAINT fk_bia_evidence_bia FOREIGN KEY (bia_id) REFERENCES bia (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bia_event (
    id          BIGINT       NOT NULL AUTO_INCREMENT,
    bia_id      BIGINT       NOT NULL,
    action      VARCHAR(30)  NOT NULL,
    actor       VARCHAR(255) NOT NULL,
    acted_at    DATETIME(6)  NOT NULL,
    comment     TEXT         NULL,
    PRIMARY KEY (id),
    KEY ix_bia_event_bia (bia_id, acted_at),
    CONSTRAINT fk_bia_event_bia FOREIGN KEY (bia_id) REFERENCES bia (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A review of the child's best-interests assessment that is due: periodic (after approval) or triggered by an event.
CREATE TABLE bia_review (
    id            BIGINT       NOT NULL AUTO_INCREMENT,
    child_id      BIGINT       NOT NULL,
    reason        VARCHAR(40)  NOT NULL COMMENT 'PERIODIC or a ReviewTrigger reason',
    due_on        DATE         NOT NULL,
    is_open       BOOLEAN      NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    created_by    VARCHAR(255) NOT NULL,
    completed_by_bia BIGINT    NULL,
    completed_at  DATETIME(6)  NULL,
    PRIMARY KEY (id),
    KEY ix_bia_review_due (is_open, due_on, id),
    KEY ix_bia_review_child (child_id, is_open, due_on),
    CONSTRAINT fk_bia_review_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bid (
    id             BIGINT       NOT NULL AUTO_INCREMENT,
    child_id       BIGINT       NOT NULL,
    subject        VARCHAR(40)  NOT NULL COMMENT 'LOCAL_INTEGRATION, FAMILY_REUNIFICATION_ABROAD, RESETTLEMENT, RETURN, SEPARATION_FROM_PARENTS',
    proposal       TEXT         NOT NULL,
    status         VARCHAR(20)  NOT NULL COMMENT 'OPEN or DECIDED',
    convener       VARCHAR(255) NOT NULL,
    created_at     DATETIME(6)  NOT NULL,
    outcome        VARCHAR(20)  NULL COMMENT 'ACCEPTED or REJECTED (by the panel''s majority)',
    decision       TEXT         NULL,
    conditions     TEXT         NULL,
    review_on      DATE         NULL,
    decided_by     VARCHAR(255) NULL,
    decided_at     DATETIME(6)  NULL,
    version        BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_bid_child (child_id, created_at),
    CONSTRAINT fk_bid_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE bid_member (
    id                BIGINT       NOT NULL AUTO_INCREMENT,
    bid_id            BIGINT       NOT NULL,
    username          VARCHAR(255) NOT NULL,
    name              VARCHAR(200) NOT NULL,
    discipline        VARCHAR(30)  NOT NULL,
    undertaking_at    DATETIME(6)  NULL COMMENT 'when the member signed the confidentiality undertaking',
    stance            VARCHAR(10)  NULL COMMENT 'FOR, AGAINST or ABSTAIN',
    reasons           TEXT         NULL,
    stance_at         DATETIME(6)  NULL,
    version           BIGINT       NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uk_bid_member (bid_id, username),
    KEY ix_bid_member_user (username),
    CONSTRAINT fk_bid_member_bid FOREIGN KEY (bid_id) REFERENCES bid (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
