-- Names of places (regions, care centres) in the users' languages, as the administrator or the demo data give them;
-- a name without a translation is shown as stored (docs/languages.md).
CREATE TABLE place_name (
    name          VARCHAR(200) NOT NULL COMMENT 'the name as stored on children, guardians and centres',
    language_tag  VARCHAR(16)  NOT NULL,
    translation   VARCHAR(200) NOT NULL,
    PRIMARY KEY (name, language_tag)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
