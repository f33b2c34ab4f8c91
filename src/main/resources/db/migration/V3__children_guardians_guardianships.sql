-- Children, the guardian registry and guardianship appointments (issue 3).
-- Nationality is recorded for statistics only: no rule of Guardian reads it (see RULES.md, "Same procedure whatever
-- the nationality"). Dates are calendar dates; instants are DATETIME(6) in UTC.

-- Ids come from a table generator so that a child's case number can be formed before the row is written.
CREATE TABLE id_sequence (
    seq_name   VARCHAR(50) NOT NULL,
    seq_count  BIGINT      NOT NULL,
    PRIMARY KEY (seq_name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('child', 0), ('guardian', 0), ('guardianship', 0),
    ('child_detail', 0), ('centre', 100);

-- Settings that differ by country (RULES.md marks them *setting*); defaults live in the code.
CREATE TABLE setting (
    name        VARCHAR(100) NOT NULL,
    value       VARCHAR(255) NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    updated_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE public_holiday (
    day   DATE         NOT NULL,
    name  VARCHAR(100) NOT NULL,
    PRIMARY KEY (day)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Reception centres and other places of care; reception staff belong to one centre.
CREATE TABLE care_centre (
    id      BIGINT       NOT NULL,
    name    VARCHAR(200) NOT NULL,
    region  VARCHAR(100) NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_care_centre_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE centre_staff (
    username   VARCHAR(255) NOT NULL,
    centre_id  BIGINT       NOT NULL,
    PRIMARY KEY (username),
    CONSTRAINT fk_centre_staff_centre FOREIGN KEY (centre_id) REFERENCES care_centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE child (
    id                      BIGINT       NOT NULL,
    case_number             VARCHAR(20)  NOT NULL,
    given_names             VARCHAR(200) NOT NULL,
    family_name             VARCHAR(200) NOT NULL,
    sex                     VARCHAR(10)  NOT NULL,
    birth_date              DATE         NULL,
    birth_date_precision    VARCHAR(10)  NOT NULL COMMENT 'EXACT, ESTIMATED or UNKNOWN',
    nationality_kind        VARCHAR(10)  NOT NULL COMMENT 'COUNTRY, STATELESS or UNKNOWN',
    nationality_code        CHAR(2)      NULL,
    preferred_language      VARCHAR(3)   NULL,
    identified_on           DATE         NOT NULL,
    identified_place        VARCHAR(200) NOT NULL,
    application_made_on     DATE         NULL,
    region                  VARCHAR(100) NOT NULL,
    interim_due_on          DATE         NOT NULL,
    guardian_due_on         DATE         NOT NULL,
    awaiting_guardian       BOOLEAN      NOT NULL,
    status                  VARCHAR(10)  NOT NULL COMMENT 'OPEN or CLOSED',
    closure_reason          VARCHAR(30)  NULL,
    closed_on               DATE         NULL,
    current_centre_id       BIGINT       NULL COMMENT 'centre of the current placement, for reception staff and conflicts of interest',
    registered_at           DATETIME(6)  NOT NULL,
    registered_by           VARCHAR(255) NOT NULL,
    version                 BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_child_case_number (case_number),
    KEY ix_child_queue (status, awaiting_guardian, guardian_due_on),
    KEY ix_child_status_identified (status, identified_on),
    KEY ix_child_nationality (nationality_kind, nationality_code),
    KEY ix_child_centre (current_centre_id, status),
    KEY ix_child_birth_date (birth_date),
    CONSTRAINT fk_child_nationality FOREIGN KEY (nationality_code) REFERENCES country (code),
    CONSTRAINT fk_child_language FOREIGN KEY (preferred_language) REFERENCES language (code),
    CONSTRAINT fk_child_centre FOREIGN KEY (current_centre_id) REFERENCES care_centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Normalised words of every name and alias of a child (any script), for indexed name search.
CREATE TABLE child_name_token (
    token     VARCHAR(100) NOT NULL,
    child_id  BIGINT       NOT NULL,
    PRIMARY KEY (token, child_id),
    KEY ix_child_name_token_child (child_id),
    CONSTRAINT fk_child_name_token_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_bin;

CREATE TABLE child_alias (
    child_id  BIGINT       NOT NULL,
    alias     VARCHAR(200) NOT NULL,
    PRIMARY KEY (child_id, alias),
    CONSTRAINT fk_child_alias_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE child_citizenship (
    child_id      BIGINT  NOT NULL,
    country_code  CHAR(2) NOT NULL,
    PRIMARY KEY (child_id, country_code),
    CONSTRAINT fk_child_citizenship_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_child_citizenship_country FOREIGN KEY (country_code) REFERENCES country (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE child_language (
    child_id       BIGINT     NOT NULL,
    language_code  VARCHAR(3) NOT NULL,
    PRIMARY KEY (child_id, language_code),
    CONSTRAINT fk_child_language_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_child_language_language FOREIGN KEY (language_code) REFERENCES language (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE age_assessment (
    id           BIGINT       NOT NULL,
    child_id     BIGINT       NOT NULL,
    method       VARCHAR(20)  NOT NULL COMMENT 'DOCUMENTS, INTERVIEW or MEDICAL (last resort)',
    assessed_on  DATE         NOT NULL,
    minimum_age  INT          NOT NULL,
    maximum_age  INT          NOT NULL,
    notes        VARCHAR(2000) NULL,
    recorded_at  DATETIME(6)  NOT NULL,
    recorded_by  VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_age_assessment_child (child_id, assessed_on),
    CONSTRAINT fk_age_assessment_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE legal_status (
    id          BIGINT      NOT NULL,
    child_id    BIGINT      NOT NULL,
    kind        VARCHAR(40) NOT NULL,
    valid_from  DATE        NOT NULL,
    valid_to    DATE        NULL,
    PRIMARY KEY (id),
    KEY ix_legal_status_child (child_id, valid_from),
    CONSTRAINT fk_legal_status_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE placement (
    id          BIGINT       NOT NULL,
    child_id    BIGINT       NOT NULL,
    kind        VARCHAR(30)  NOT NULL,
    centre_id   BIGINT       NULL,
    place       VARCHAR(200) NOT NULL,
    started_on  DATE         NOT NULL,
    ended_on    DATE         NULL,
    PRIMARY KEY (id),
    KEY ix_placement_child (child_id, started_on),
    CONSTRAINT fk_placement_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_placement_centre FOREIGN KEY (centre_id) REFERENCES care_centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guardian (
    id                        BIGINT       NOT NULL,
    kind                      VARCHAR(20)  NOT NULL COMMENT 'PROFESSIONAL, VOLUNTEER or ORGANISATION',
    name                      VARCHAR(200) NOT NULL COMMENT 'the person, or the organisation',
    acting_person             VARCHAR(200) NULL COMMENT 'the natural person acting for an organisation',
    email                     VARCHAR(200) NULL,
    phone                     VARCHAR(50)  NULL,
    region                    VARCHAR(100) NOT NULL,
    username                  VARCHAR(255) NULL COMMENT 'Keycloak username linking the guardian to their login',
    caseload_cap              INT          NULL COMMENT 'individual cap; the setting applies when empty',
    current_load              INT          NOT NULL COMMENT 'active guardianships, kept with the appointments',
    active                    BOOLEAN      NOT NULL,
    record_check_on           DATE         NULL,
    record_check_valid_until  DATE         NULL,
    version                   BIGINT       NOT NULL,
    PRIMARY KEY (id),
    UNIQUE KEY uk_guardian_username (username),
    KEY ix_guardian_available (active, record_check_valid_until, current_load),
    KEY ix_guardian_region (region, active),
    KEY ix_guardian_name (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guardian_language (
    guardian_id    BIGINT     NOT NULL,
    language_code  VARCHAR(3) NOT NULL,
    PRIMARY KEY (guardian_id, language_code),
    KEY ix_guardian_language_language (language_code, guardian_id),
    CONSTRAINT fk_guardian_language_guardian FOREIGN KEY (guardian_id) REFERENCES guardian (id),
    CONSTRAINT fk_guardian_language_language FOREIGN KEY (language_code) REFERENCES language (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guardian_training (
    id            BIGINT       NOT NULL,
    guardian_id   BIGINT       NOT NULL,
    course        VARCHAR(200) NOT NULL,
    completed_on  DATE         NOT NULL,
    valid_until   DATE         NULL,
    PRIMARY KEY (id),
    KEY ix_guardian_training_guardian (guardian_id),
    CONSTRAINT fk_guardian_training_guardian FOREIGN KEY (guardian_id) REFERENCES guardian (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guardian_conflict (
    guardian_id  BIGINT       NOT NULL,
    centre_id    BIGINT       NOT NULL,
    description  VARCHAR(500) NOT NULL,
    PRIMARY KEY (guardian_id, centre_id),
    CONSTRAINT fk_guardian_conflict_guardian FOREIGN KEY (guardian_id) REFERENCES guardian (id),
    CONSTRAINT fk_guardian_conflict_centre FOREIGN KEY (centre_id) REFERENCES care_centre (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE guardianship (
    id                      BIGINT        NOT NULL,
    child_id                BIGINT        NOT NULL,
    guardian_id             BIGINT        NOT NULL,
    kind                    VARCHAR(10)   NOT NULL COMMENT 'INTERIM or FULL',
    decision_reference      VARCHAR(100)  NOT NULL,
    appointed_on            DATE          NOT NULL,
    child_informed_on       DATE          NULL,
    first_meeting_due       DATE          NOT NULL,
    override_justification  VARCHAR(2000) NULL COMMENT 'set when the authority appointed an ineligible guardian',
    overridden_rules        VARCHAR(500)  NULL,
    ended_on                DATE          NULL,
    end_reason              VARCHAR(30)   NULL,
    end_note                VARCHAR(2000) NULL,
    appointed_at            DATETIME(6)   NOT NULL,
    appointed_by            VARCHAR(255)  NOT NULL,
    version                 BIGINT        NOT NULL,
    PRIMARY KEY (id),
    KEY ix_guardianship_child (child_id, ended_on),
    KEY ix_guardianship_guardian (guardian_id, ended_on),
    CONSTRAINT fk_guardianship_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_guardianship_guardian FOREIGN KEY (guardian_id) REFERENCES guardian (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
