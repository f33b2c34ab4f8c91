package eu.guardian.protection;

/** The kinds of agency a child is referred to. */
public enum AgencyKind {
    HEALTH, MENTAL_HEALTH, LEGAL_AID, EDUCATION, ANTI_TRAFFICKING_NGO, FAMILY_TRACING_SERVICE, SOCIAL_SERVICES,
    LANGUAGE_SUPPORT, OTHER
}
