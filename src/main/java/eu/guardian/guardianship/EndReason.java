package eu.guardian.guardianship;

/** Why a guardianship ended; every end has one (docs/domain-rules.md#ending-a-guardianship). */
public enum EndReason {
    REPLACED_BY_GUARDIAN, GUARDIAN_CHANGED, CHILD_TURNED_18, FAMILY_REUNIFICATION, CASE_TRANSFERRED_ABROAD,
    CHILD_DECEASED, GUARDIAN_UNAVAILABLE, OTHER
}
