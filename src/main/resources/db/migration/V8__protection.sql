-- Protection (issue 6): trafficking screening and NRM referrals, missing-child episodes, referrals to agencies, family
-- tracing, "not for sharing" markers and cross-border handovers. Instants are DATETIME(6) in UTC.
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('protection', 0);

CREATE TABLE trafficking_screening (
    id               BIGINT        NOT NULL,
    child_id         BIGINT        NOT NULL,
    occasion         VARCHAR(30)   NOT NULL COMMENT 'REGISTRATION, RETURN_FROM_MISSING or OTHER',
    screened_at      DATETIME(6)   NOT NULL,
    screened_by      VARCHAR(255)  NOT NULL,
    computed_result  VARCHAR(30)   NOT NULL COMMENT 'by the rules: NO_INDICATION, INDICATIONS, STRONG_INDICATIONS',
    override_result  VARCHAR(30)   NULL,
    override_reason  VARCHAR(2000) NULL,
    overridden_by    VARCHAR(255)  NULL,
    overridden_at    DATETIME(6)   NULL,
    version          BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_screening_child (child_id, screened_at),
    CONSTRAINT fk_screening_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE screening_answer (
    screening_id  BIGINT        NOT NULL,
    indicator     VARCHAR(50)   NOT NULL,
    answer        VARCHAR(10)   NOT NULL COMMENT 'YES, NO or UNKNOWN',
    note          VARCHAR(2000) NULL,
    PRIMARY KEY (screening_id, indicator),
    CONSTRAINT fk_answer_screening FOREIGN KEY (screening_id) REFERENCES trafficking_screening (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE nrm_referral (
    id                    BIGINT        NOT NULL,
    child_id              BIGINT        NOT NULL,
    screening_id          BIGINT        NOT NULL,
    agency                VARCHAR(200)  NOT NULL,
    referred_on           DATE          NOT NULL,
    reference             VARCHAR(100)  NULL,
    outcome               VARCHAR(30)   NOT NULL COMMENT 'PENDING, IDENTIFIED_AS_VICTIM, NOT_IDENTIFIED, WITHDRAWN',
    outcome_note          VARCHAR(2000) NULL,
    reflection_ends_on    DATE          NOT NULL COMMENT 'recovery and reflection period (CETS 197 art 13)',
    created_at            DATETIME(6)   NOT NULL,
    created_by            VARCHAR(255)  NOT NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_nrm_child (child_id),
    KEY ix_nrm_referred_on (referred_on),
    CONSTRAINT fk_nrm_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_nrm_screening FOREIGN KEY (screening_id) REFERENCES trafficking_screening (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE missing_episode (
    id                    BIGINT        NOT NULL,
    child_id              BIGINT        NOT NULL,
    status                VARCHAR(10)   NOT NULL COMMENT 'OPEN while missing, RETURNED once found',
    reported_at           DATETIME(6)   NOT NULL,
    reported_by           VARCHAR(200)  NOT NULL COMMENT 'who reported the child missing (a person, free text)',
    recorded_by           VARCHAR(255)  NOT NULL,
    last_seen_at          DATETIME(6)   NOT NULL,
    last_seen_place       VARCHAR(200)  NOT NULL,
    last_seen_wearing     VARCHAR(500)  NULL,
    last_seen_with        VARCHAR(500)  NULL,
    risk_level            VARCHAR(10)   NOT NULL COMMENT 'LOW, MEDIUM, HIGH',
    police_due_at         DATETIME(6)   NOT NULL,
    police_notified_at    DATETIME(6)   NULL,
    police_station        VARCHAR(200)  NULL,
    police_reference      VARCHAR(100)  NULL,
    guardian_notified_at  DATETIME(6)   NULL,
    hotline_called_at     DATETIME(6)   NULL COMMENT '116 000 missing-children hotline',
    hotline_reference     VARCHAR(100)  NULL,
    sis_alert_id          VARCHAR(100)  NULL COMMENT 'Schengen Information System alert',
    returned_at           DATETIME(6)   NULL,
    returned_place        VARCHAR(200)  NULL,
    returned_how          VARCHAR(500)  NULL,
    debrief               VARCHAR(4000) NULL,
    closed_by             VARCHAR(255)  NULL,
    version               BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_missing_open (status, reported_at),
    KEY ix_missing_child (child_id, returned_at),
    CONSTRAINT fk_missing_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE agency_referral (
    id                 BIGINT        NOT NULL,
    child_id           BIGINT        NOT NULL,
    agency_kind        VARCHAR(30)   NOT NULL,
    agency_name        VARCHAR(200)  NOT NULL,
    purpose            VARCHAR(2000) NOT NULL,
    child_consent      BOOLEAN       NOT NULL,
    guardian_consent   BOOLEAN       NOT NULL,
    legal_basis        VARCHAR(500)  NULL COMMENT 'documented legal basis when consent is not the ground',
    status             VARCHAR(10)   NOT NULL COMMENT 'SENT, ACCEPTED, REJECTED, COMPLETED',
    sent_on            DATE          NOT NULL,
    answer_due_on      DATE          NOT NULL,
    answered_on        DATE          NULL,
    answer_note        VARCHAR(2000) NULL,
    completed_on       DATE          NULL,
    outcome            VARCHAR(2000) NULL,
    created_by         VARCHAR(255)  NOT NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_referral_child (child_id),
    KEY ix_referral_due (status, answer_due_on),
    CONSTRAINT fk_referral_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tracing_request (
    id                      BIGINT        NOT NULL,
    child_id                BIGINT        NOT NULL,
    addressed_to            VARCHAR(200)  NOT NULL,
    relatives               VARCHAR(2000) NOT NULL,
    confidential            BOOLEAN       NOT NULL,
    requested_on            DATE          NOT NULL,
    status                  VARCHAR(10)   NOT NULL COMMENT 'OPEN or CLOSED',
    outcome                 VARCHAR(30)   NULL COMMENT 'FOUND, NOT_FOUND, CONTACT_ESTABLISHED',
    outcome_on              DATE          NULL,
    reunification_bid_id    BIGINT        NULL COMMENT 'a family-reunification BID (no foreign key: another capability)',
    created_by              VARCHAR(255)  NOT NULL,
    version                 BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_tracing_child (child_id),
    CONSTRAINT fk_tracing_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE tracing_update (
    request_id   BIGINT        NOT NULL,
    position     INT           NOT NULL,
    noted_at     DATETIME(6)   NOT NULL,
    noted_by     VARCHAR(255)  NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    PRIMARY KEY (request_id, position),
    CONSTRAINT fk_update_request FOREIGN KEY (request_id) REFERENCES tracing_request (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A part of a child's file that must never leave the country with a handover (chosen per child).
CREATE TABLE not_for_sharing (
    child_id    BIGINT        NOT NULL,
    part        VARCHAR(30)   NOT NULL,
    reason      VARCHAR(500)  NULL,
    marked_at   DATETIME(6)   NOT NULL,
    marked_by   VARCHAR(255)  NOT NULL,
    PRIMARY KEY (child_id, part),
    CONSTRAINT fk_nfs_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE handover (
    id                BIGINT        NOT NULL,
    child_id          BIGINT        NOT NULL,
    recipient         VARCHAR(200)  NOT NULL,
    recipient_country CHAR(2)       NOT NULL,
    purpose           VARCHAR(40)   NOT NULL,
    purpose_note      VARCHAR(2000) NULL,
    child_consent     BOOLEAN       NOT NULL,
    guardian_consent  BOOLEAN       NOT NULL,
    legal_basis       VARCHAR(500)  NULL,
    status            VARCHAR(10)   NOT NULL COMMENT 'PREPARED or CONFIRMED',
    package_json      MEDIUMTEXT    NOT NULL COMMENT 'exactly what was handed over',
    prepared_at       DATETIME(6)   NOT NULL,
    prepared_by       VARCHAR(255)  NOT NULL,
    confirmed_on      DATE          NULL,
    version           BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    KEY ix_handover_child (child_id),
    CONSTRAINT fk_handover_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
