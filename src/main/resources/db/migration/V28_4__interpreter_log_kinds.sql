-- The interpreter log covers every interaction with an interpreter, not only visits (docs/domain-rules.md#the-laws-clocks):
-- age interviews, trafficking screenings, best-interests hearings, determination panels, debriefs after a missing
-- episode. kind names what it was, reference_id the record it belongs to (the visit's id for visits).
ALTER TABLE interpreter_log
    MODIFY visit_id BIGINT NULL,
    ADD COLUMN kind VARCHAR(30) NOT NULL DEFAULT 'VISIT',
    ADD COLUMN reference_id BIGINT NULL,
    ADD KEY ix_interpreter_log_kind (kind, occurred_at),
    ADD KEY ix_interpreter_log_child (child_id, occurred_at);

UPDATE interpreter_log SET reference_id = visit_id WHERE reference_id IS NULL;
