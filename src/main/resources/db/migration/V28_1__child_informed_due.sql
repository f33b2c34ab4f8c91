-- The child is told of the appointment within a setting's working days (docs/domain-rules.md#the-laws-clocks).
-- Appointments made before this get the first meeting's due date (the same default of 3 working days); the overdue
-- list finds open ones by (child_informed_on IS NULL, due date); each overdue one is told to the guardian once.
ALTER TABLE guardianship
    ADD COLUMN child_informed_due_on DATE NULL,
    ADD COLUMN child_informed_overdue_told BOOLEAN NOT NULL DEFAULT FALSE,
    ADD KEY ix_guardianship_child_informed (child_informed_on, child_informed_due_on);

UPDATE guardianship SET child_informed_due_on = first_meeting_due WHERE child_informed_due_on IS NULL;
