-- A child's names are kept in their original script (child.given_names, child.family_name) and in one or more
-- Latin transliterations (several spellings are common: Mohammed, Muhammad). The first one is also kept on the child
-- row, so that lists show both without a join; all of them are searchable through child_name_token.
CREATE TABLE child_name_transliteration (
    child_id     BIGINT       NOT NULL,
    position     INT          NOT NULL,
    given_names  VARCHAR(200) NOT NULL,
    family_name  VARCHAR(200) NOT NULL,
    PRIMARY KEY (child_id, position),
    CONSTRAINT fk_child_name_transliteration_child FOREIGN KEY (child_id) REFERENCES child (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE child
    ADD COLUMN latin_given_names VARCHAR(200) NULL COMMENT 'the first transliteration, for lists' AFTER family_name,
    ADD COLUMN latin_family_name VARCHAR(200) NULL COMMENT 'the first transliteration, for lists' AFTER latin_given_names;
