-- A child's aliases keep the order they were given in (the first is usually the name on the earliest document).
-- Aliases stored before this have no known order: they are numbered alphabetically once.
ALTER TABLE child_alias ADD COLUMN alias_order INT NOT NULL DEFAULT 0;

UPDATE child_alias a
    JOIN (SELECT child_id, alias, ROW_NUMBER() OVER (PARTITION BY child_id ORDER BY alias) - 1 AS n
          FROM child_alias) numbered ON numbered.child_id = a.child_id AND numbered.alias = a.alias
SET a.alias_order = numbered.n;
