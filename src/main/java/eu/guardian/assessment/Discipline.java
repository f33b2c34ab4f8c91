package eu.guardian.assessment;

/** The professional discipline a panel member brings to a best-interests determination. */
public enum Discipline {
    SOCIAL_WORK, LAW, PSYCHOLOGY, HEALTH, EDUCATION, CHILD_PROTECTION, GUARDIANSHIP, OTHER
}
