package eu.guardian.guardianship;

/** Why a guardian may not be appointed for a child (docs/domain-rules.md#guardian-eligibility). */
public enum Ineligibility {
    INACTIVE, RECORD_CHECK_MISSING_OR_EXPIRED, TRAINING_MISSING_OR_EXPIRED, CASELOAD_CAP_REACHED,
    CONFLICT_OF_INTEREST
}
