-- Oversight and retention (issue 7).
-- first_guardian_on: the day the child's first full guardian was appointed, kept on the child so that the
-- time-to-guardian statistics (by nationality group and region) read one covering index instead of joining every
-- guardianship. Legal hold and anonymisation: closed cases are anonymised after the retention period unless the
-- authority holds them.
ALTER TABLE child
    ADD COLUMN first_guardian_on   DATE         NULL COMMENT 'first full guardian appointed on (statistics)',
    ADD COLUMN legal_hold          BOOLEAN      NOT NULL DEFAULT FALSE,
    ADD COLUMN legal_hold_reason   VARCHAR(500) NULL,
    ADD COLUMN legal_hold_by       VARCHAR(255) NULL,
    ADD COLUMN legal_hold_at       DATETIME(6)  NULL,
    ADD COLUMN anonymised_at       DATETIME(6)  NULL COMMENT 'set once the retention job erased the identity';

UPDATE child c
   SET c.first_guardian_on = (SELECT MIN(g.appointed_on) FROM guardianship g
                               WHERE g.child_id = c.id AND g.kind = 'FULL');

-- Time to guardian for children identified in a period, grouped by nationality group and region.
CREATE INDEX ix_child_time_to_guardian
    ON child (identified_on, nationality_kind, nationality_code, region, first_guardian_on);

-- The retention job's candidates: closed, not yet anonymised, oldest closure first.
CREATE INDEX ix_child_retention ON child (status, anonymised_at, closed_on);
