-- Siblings and relatives (docs/domain-rules.md#siblings-and-relatives): a link is stored once in each direction so that
-- either file reads its relatives by its own id; a separation (different guardian or placement) carries its reason.
CREATE TABLE child_relation (
    id                BIGINT        NOT NULL,
    child_id          BIGINT        NOT NULL,
    relative_id       BIGINT        NOT NULL,
    kind              VARCHAR(30)   NOT NULL COMMENT 'SIBLING, COUSIN or TRAVELLING_COMPANION',
    separation_reason VARCHAR(2000) NULL COMMENT 'why they have a different guardian or placement',
    separated_on      DATE          NULL,
    recorded_at       DATETIME(6)   NOT NULL,
    recorded_by       VARCHAR(255)  NOT NULL,
    version           BIGINT        NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_child_relation (child_id, relative_id),
    KEY ix_child_relation_relative (relative_id),
    CONSTRAINT fk_child_relation_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_child_relation_relative FOREIGN KEY (relative_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT INTO id_sequence (seq_name, seq_count) VALUES ('child_relation', 0);
