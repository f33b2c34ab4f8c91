-- The benefit of the doubt at 18, one rule (docs/domain-rules.md#age-used): the child turns 18 by the age used, from
-- the birth date unless the latest age assessment's lowest age makes the child younger. The entity keeps this column
-- up to date whenever the birth date or an assessment changes; lists, the age-out job and the statistics use it.
ALTER TABLE child ADD COLUMN adult_on DATE NULL COMMENT '18th birthday by the age used (birth date or assessed age, the later)';

UPDATE child c
LEFT JOIN (
    SELECT a.child_id, DATE_SUB(a.assessed_on, INTERVAL a.minimum_age YEAR) AS assessed_birth
    FROM age_assessment a
    WHERE NOT EXISTS (SELECT 1 FROM age_assessment later WHERE later.child_id = a.child_id
        AND (later.assessed_on > a.assessed_on
             OR (later.assessed_on = a.assessed_on AND later.recorded_at > a.recorded_at)
             OR (later.assessed_on = a.assessed_on AND later.recorded_at = a.recorded_at AND later.id > a.id)))
) latest ON latest.child_id = c.id
SET c.adult_on = DATE_ADD(CASE
        WHEN c.birth_date IS NULL THEN latest.assessed_birth
        WHEN latest.assessed_birth IS NULL THEN c.birth_date
        ELSE GREATEST(c.birth_date, latest.assessed_birth) END, INTERVAL 18 YEAR);

CREATE INDEX ix_child_status_adult_on ON child (status, adult_on);
CREATE INDEX ix_child_adult_on ON child (adult_on);
