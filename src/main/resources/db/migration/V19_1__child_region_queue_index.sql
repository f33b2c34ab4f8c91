-- A regional caller's guardianship queue and its counts (awaiting, overdue): the region's open cases awaiting a
-- guardian in due-date order. Measured on 100 000 generated children (docs/jurisdictions.md, "Measured"): the overdue
-- count of one region read the whole table (206 ms) without it, 3 018 index entries (1.8 ms) with it.
CREATE INDEX ix_child_region_queue ON child (region, status, awaiting_guardian, guardian_due_on);
