package eu.guardian.child;

/**
 * Why a child's case ended (docs/domain-rules.md#ending-a-guardianship: guardianship ends at 18, on reunification,
 * transfer abroad, death).
 */
public enum ClosureReason {
    TURNED_18, FAMILY_REUNIFICATION, TRANSFERRED_ABROAD, DECEASED, FOUND_TO_BE_ADULT, OTHER
}
