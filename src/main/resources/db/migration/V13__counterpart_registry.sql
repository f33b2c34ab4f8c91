-- The immigration firewall made structural (issue 12, docs/firewall.md): recipients of handovers, referrals and tracing
-- requests are chosen from a registry of counterpart organisations kept by the authority, each with a kind;
-- enforcement kinds never receive. A recipient typed as free text is "other" (counterpart_id NULL) and waits for the
-- authority's approval. Rows from before keep their text and become "other" (counterpart_id NULL); they were released
-- already, so they stay as they are and wait for nothing.

CREATE TABLE counterpart (
    id          BIGINT        NOT NULL,
    name        VARCHAR(200)  NOT NULL,
    kind        VARCHAR(40)   NOT NULL COMMENT 'CounterpartKind: what the body does; enforcement kinds never receive',
    country     CHAR(2)       NOT NULL COMMENT 'ISO 3166 code of the country it works in',
    note        VARCHAR(500)  NULL COMMENT 'address, contact point, remit',
    active      BOOLEAN       NOT NULL DEFAULT TRUE COMMENT 'retired bodies are not offered for new disclosures',
    created_at  DATETIME(6)   NOT NULL,
    created_by  VARCHAR(255)  NOT NULL,
    version     BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_counterpart_name (country, name),
    KEY ix_counterpart_kind (kind, active, name),
    KEY ix_counterpart_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE handover
    ADD COLUMN counterpart_id BIGINT NULL COMMENT 'the registry entry; NULL = "other", typed as free text' AFTER child_id,
    MODIFY status VARCHAR(20) NOT NULL COMMENT 'AWAITING_APPROVAL, PREPARED, CONFIRMED or NOT_APPROVED',
    ADD CONSTRAINT fk_handover_counterpart FOREIGN KEY (counterpart_id) REFERENCES counterpart (id);

ALTER TABLE agency_referral
    ADD COLUMN counterpart_id BIGINT NULL COMMENT 'the registry entry; NULL = "other", typed as free text' AFTER child_id,
    MODIFY status VARCHAR(20) NOT NULL COMMENT 'AWAITING_APPROVAL, SENT, ACCEPTED, REJECTED, COMPLETED, NOT_APPROVED',
    ADD CONSTRAINT fk_referral_counterpart FOREIGN KEY (counterpart_id) REFERENCES counterpart (id);

ALTER TABLE tracing_request
    ADD COLUMN counterpart_id BIGINT NULL COMMENT 'the registry entry; NULL = "other", typed as free text' AFTER child_id,
    MODIFY status VARCHAR(20) NOT NULL COMMENT 'AWAITING_APPROVAL, OPEN, CLOSED or NOT_APPROVED',
    ADD CONSTRAINT fk_tracing_counterpart FOREIGN KEY (counterpart_id) REFERENCES counterpart (id);

-- A disclosure to an "other" recipient, waiting for (or decided by) the authority.
CREATE TABLE disclosure_approval (
    id                 BIGINT        NOT NULL,
    child_id           BIGINT        NOT NULL,
    disclosure         VARCHAR(20)   NOT NULL COMMENT 'HANDOVER, REFERRAL or TRACING',
    disclosure_id      BIGINT        NOT NULL COMMENT 'the handover, agency_referral or tracing_request row',
    recipient          VARCHAR(200)  NOT NULL COMMENT 'as typed',
    recipient_country  CHAR(2)       NULL,
    requested_at       DATETIME(6)   NOT NULL,
    requested_by       VARCHAR(255)  NOT NULL,
    status             VARCHAR(10)   NOT NULL COMMENT 'PENDING, APPROVED or REFUSED',
    decided_at         DATETIME(6)   NULL,
    decided_by         VARCHAR(255)  NULL,
    decision_note      VARCHAR(2000) NULL,
    version            BIGINT        NOT NULL DEFAULT 0,
    PRIMARY KEY (id),
    UNIQUE KEY uq_approval_disclosure (disclosure, disclosure_id),
    KEY ix_approval_status (status, requested_at, id),
    KEY ix_approval_child (child_id),
    CONSTRAINT fk_approval_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
