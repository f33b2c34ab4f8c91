package eu.guardian.protection;

/**
 * Why a child's data leaves Guardian. Immigration enforcement is listed so that it can be refused by name: data
 * collected to protect a child is never used for enforcement (the firewall).
 */
public enum DisclosurePurpose {
    CROSS_BORDER_CARE_HANDOVER, FAMILY_REUNIFICATION, CHILD_PROTECTION, HEALTH_CARE, LEGAL_AID, EDUCATION,
    IMMIGRATION_ENFORCEMENT, OTHER
}
