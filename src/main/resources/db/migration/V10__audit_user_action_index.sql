-- The auditor's most common question about a person, "what did this user read (or change)", filters by user and
-- action: this index answers it, and counts it, without reading the entries themselves.
CREATE INDEX ix_audit_user_action ON audit_entry (username, action, occurred_at);
