-- Regions and care centres as reference data, jurisdictions (issue 14; docs/jurisdictions.md).
-- A region is a code (letters, digits, '-' and '_'; compared without regard to case, like the values of Keycloak's
-- `regions` user attribute that give staff their jurisdiction) with a name in each language of the screens. The
-- child's, the centre's and the guardian's region were free text: each text becomes a region of its own (its code made
-- from the text, its name the text itself in every language until an administrator translates it).
CREATE TABLE region (
    code     VARCHAR(40)  NOT NULL,
    active   BOOLEAN      NOT NULL COMMENT 'an inactive region is no longer offered; what is in it stays',
    version  BIGINT       NOT NULL,
    PRIMARY KEY (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE region_name (
    region_code  VARCHAR(40)  NOT NULL,
    language     VARCHAR(8)   NOT NULL COMMENT 'a language of the screens (en, de, fr)',
    name         VARCHAR(100) NOT NULL,
    PRIMARY KEY (region_code, language),
    CONSTRAINT fk_region_name_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE region_from_text (
    text  VARCHAR(100) NOT NULL,
    code  VARCHAR(40)  NOT NULL,
    PRIMARY KEY (text)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

INSERT IGNORE INTO region_from_text (text, code)
    SELECT named.text,
           CASE WHEN REGEXP_REPLACE(named.text, '[^A-Za-z0-9_-]+', '') = ''
                THEN CONCAT('R-', LEFT(MD5(named.text), 12))
                ELSE LEFT(REGEXP_REPLACE(named.text, '[^A-Za-z0-9_-]+', '-'), 40) END
      FROM (SELECT DISTINCT TRIM(region) AS text FROM care_centre
            UNION SELECT DISTINCT TRIM(region) FROM child
            UNION SELECT DISTINCT TRIM(region) FROM guardian) named;

INSERT IGNORE INTO region (code, active, version) SELECT code, TRUE, 0 FROM region_from_text;
INSERT IGNORE INTO region_name (region_code, language, name)
    SELECT code, 'en', text FROM region_from_text
    UNION ALL SELECT code, 'de', text FROM region_from_text
    UNION ALL SELECT code, 'fr', text FROM region_from_text;

UPDATE care_centre cc JOIN region_from_text r ON r.text = TRIM(cc.region) SET cc.region = r.code;
UPDATE child c JOIN region_from_text r ON r.text = TRIM(c.region) SET c.region = r.code;
UPDATE guardian g JOIN region_from_text r ON r.text = TRIM(g.region) SET g.region = r.code;
DROP TABLE region_from_text;

-- Care centres: what kind of place, where, and whether still in use (a centre children lived in is never deleted).
ALTER TABLE care_centre
    ADD COLUMN kind          VARCHAR(30)  NOT NULL DEFAULT 'RECEPTION_CENTRE'
        COMMENT 'a CareCentreKind: RECEPTION_CENTRE, INSTITUTION, FOSTER_CARE_SERVICE, CAMP_OR_IDP_SITE...',
    ADD COLUMN municipality  VARCHAR(200) NULL,
    ADD COLUMN active        BOOLEAN      NOT NULL DEFAULT TRUE,
    ADD COLUMN version       BIGINT       NOT NULL DEFAULT 0,
    ADD KEY ix_care_centre_region (region, active),
    ADD CONSTRAINT fk_care_centre_region FOREIGN KEY (region) REFERENCES region (code);

-- Reception staff may work at more than one centre.
ALTER TABLE centre_staff
    DROP PRIMARY KEY,
    ADD PRIMARY KEY (username, centre_id),
    ADD KEY ix_centre_staff_centre (centre_id, username);

-- Each placement lies in a region (its centre's, or the one given for a family or other place); the child's region is
-- that of the current placement, kept on the child for the jurisdiction's indexed list conditions.
ALTER TABLE placement ADD COLUMN region VARCHAR(100) NULL COMMENT 'region code';
UPDATE placement p LEFT JOIN care_centre cc ON cc.id = p.centre_id JOIN child c ON c.id = p.child_id
   SET p.region = COALESCE(cc.region, c.region);
ALTER TABLE placement
    MODIFY COLUMN region VARCHAR(100) NOT NULL COMMENT 'region code',
    ADD CONSTRAINT fk_placement_region FOREIGN KEY (region) REFERENCES region (code);

-- A regional caseworker's list: the region's children by status (and in id order within it).
CREATE INDEX ix_child_region_status ON child (region, status);
ALTER TABLE child ADD CONSTRAINT fk_child_region FOREIGN KEY (region) REFERENCES region (code);
ALTER TABLE guardian ADD CONSTRAINT fk_guardian_region FOREIGN KEY (region) REFERENCES region (code);

-- A child moved to a placement in another region: the new region reaches the file at once, the old one keeps reading
-- it until read_until (setting jurisdiction.handover-read-days, decided when the move is recorded).
CREATE TABLE region_move (
    id            BIGINT       NOT NULL,
    child_id      BIGINT       NOT NULL,
    placement_id  BIGINT       NOT NULL,
    from_region   VARCHAR(100) NOT NULL,
    to_region     VARCHAR(100) NOT NULL,
    moved_on      DATE         NOT NULL COMMENT 'the day the move was recorded',
    read_until    DATE         NOT NULL COMMENT 'the old region may read the file up to and including this day',
    moved_at      DATETIME(6)  NOT NULL,
    moved_by      VARCHAR(255) NOT NULL,
    PRIMARY KEY (id),
    KEY ix_region_move_child (child_id, read_until),
    KEY ix_region_move_handover (from_region, read_until, child_id),
    CONSTRAINT fk_region_move_child FOREIGN KEY (child_id) REFERENCES child (id),
    CONSTRAINT fk_region_move_placement FOREIGN KEY (placement_id) REFERENCES placement (id),
    CONSTRAINT fk_region_move_from FOREIGN KEY (from_region) REFERENCES region (code),
    CONSTRAINT fk_region_move_to FOREIGN KEY (to_region) REFERENCES region (code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO id_sequence (seq_name, seq_count) VALUES ('region_move', 0);
