package eu.guardian.assessment;

/** The decisions that need a formal best-interests determination (UNHCR BIP Guidelines 2021). */
public enum DeterminationSubject {
    LOCAL_INTEGRATION, FAMILY_REUNIFICATION_ABROAD, RESETTLEMENT, RETURN, SEPARATION_FROM_PARENTS
}
