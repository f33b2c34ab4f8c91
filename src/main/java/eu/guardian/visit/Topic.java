package eu.guardian.visit;

/** What a visit was about. */
public enum Topic {
    HEALTH, SCHOOL, PLACEMENT, FAMILY_CONTACT, LEGAL_PROCEDURE, SAFETY
}
