package eu.guardian.protection;

/**
 * The parts of a child's file a handover package can carry. Each can be marked "not for sharing" for a child, and is
 * then left out of every package. The names and sex are the package's minimum and cannot be withheld.
 */
public enum SharablePart {
    ALIASES, BIRTH_DATE, NATIONALITY, LANGUAGES, IDENTIFICATION, LEGAL_STATUSES, AGE_ASSESSMENTS, PLACEMENTS,
    GUARDIANSHIP_HISTORY, PROTECTION_SUMMARY, CARE_PLAN, BEST_INTERESTS
}
