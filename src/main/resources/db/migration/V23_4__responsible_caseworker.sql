-- A responsible caseworker per case (docs/domain-rules.md#responsible-caseworker): their caseload ("my cases") is
-- paged by this index, and a concern alert goes to them first, to the whole team after a setting's time.
ALTER TABLE child ADD COLUMN responsible_caseworker VARCHAR(255) NULL COMMENT 'username of the caseworker responsible for the case';
CREATE INDEX ix_child_responsible_caseworker ON child (responsible_caseworker, status, id);

ALTER TABLE concern ADD COLUMN team_alerted_at DATETIME(6) NULL COMMENT 'when the alert went on from the responsible caseworker to the whole team';
CREATE INDEX ix_concern_team_alert ON concern (status, team_alerted_at, raised_at);
