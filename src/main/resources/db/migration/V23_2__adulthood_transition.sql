-- Transition to adulthood (docs/domain-rules.md#transition-to-adulthood): the plan due six months (setting) before 18
-- by the age used, and the handover to after-care or adult services at 18, with the young person's consent.
CREATE TABLE adulthood_transition (
    id                   BIGINT        NOT NULL,
    child_id             BIGINT        NOT NULL,
    plan_summary         VARCHAR(4000) NULL,
    plan_recorded_on     DATE          NULL,
    plan_recorded_by     VARCHAR(255)  NULL,
    after_care_service   VARCHAR(200)  NULL COMMENT 'the after-care or adult service taking over',
    after_care_contact   VARCHAR(200)  NULL COMMENT 'who at that service',
    handed_over          VARCHAR(4000) NULL COMMENT 'what was handed over',
    consent              VARCHAR(20)   NULL COMMENT 'GIVEN, REFUSED or NOT_ABLE',
    consent_note         VARCHAR(2000) NULL,
    handover_recorded_on DATE          NULL,
    handover_recorded_by VARCHAR(255)  NULL,
    version              BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_adulthood_transition_child (child_id),
    KEY ix_adulthood_transition_plan (child_id, plan_recorded_on),
    CONSTRAINT fk_adulthood_transition_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('adulthood_transition', 0);
