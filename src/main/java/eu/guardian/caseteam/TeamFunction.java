package eu.guardian.caseteam;

/** The agency a case-team member works for. */
public enum TeamFunction {
    SOCIAL_SERVICES, HEALTH, LEGAL_AID, EDUCATION, POLICE, NGO
}
