-- Family tracing is due as soon as possible after identification unless the best-interests assessment records why
-- not (docs/domain-rules.md#the-laws-clocks): one deferral per child, naming the assessment and the reason.
CREATE TABLE tracing_deferral (
    child_id      BIGINT        NOT NULL,
    assessment_id BIGINT        NOT NULL,
    reason        VARCHAR(4000) NOT NULL,
    recorded_by   VARCHAR(255)  NOT NULL,
    recorded_at   DATETIME(6)   NOT NULL,
    PRIMARY KEY (child_id),
    CONSTRAINT fk_tracing_deferral_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_tracing_deferral_bia FOREIGN KEY (assessment_id) REFERENCES bia (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
