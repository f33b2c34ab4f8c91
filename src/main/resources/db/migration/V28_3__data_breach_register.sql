-- The register of personal-data breaches (GDPR art 33): the authority records each breach when found; the
-- supervisory authority is to be told within 72 hours of that (docs/domain-rules.md#the-laws-clocks). The dashboard
-- counts the ones not told and past 72 hours by (supervisory_notified_at IS NULL, found_at).
CREATE TABLE data_breach (
    id                      BIGINT        NOT NULL AUTO_INCREMENT,
    found_at                DATETIME(6)   NOT NULL,
    description             VARCHAR(4000) NOT NULL,
    children_affected       INT           NOT NULL,
    measures                VARCHAR(4000) NULL,
    recorded_by             VARCHAR(255)  NOT NULL,
    recorded_at             DATETIME(6)   NOT NULL,
    supervisory_notified_at DATETIME(6)   NULL,
    supervisory_reference   VARCHAR(200)  NULL,
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_data_breach_open (supervisory_notified_at, found_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
