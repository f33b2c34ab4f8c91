-- A medical age assessment only as a last resort (docs/domain-rules.md#medical-age-assessment): why documents and an
-- interview were not enough, and the consent of the child and the guardian, or the legal basis that stands in for it.
-- Earlier medical assessments keep empty grounds: they were recorded before Guardian asked.
ALTER TABLE age_assessment
    ADD COLUMN medical_reason     VARCHAR(2000) NULL COMMENT 'why documents and interview were not enough (MEDICAL)',
    ADD COLUMN child_consented    BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN guardian_consented BOOLEAN       NOT NULL DEFAULT FALSE,
    ADD COLUMN legal_basis        VARCHAR(500)  NULL COMMENT 'the legal basis when consent is not the ground';
