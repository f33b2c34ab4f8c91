package eu.guardian.child;

/** Legal categories a child may hold, several at once. None of them gates any protection step. */
public enum LegalStatusKind {
    ASYLUM_APPLICANT, REFUGEE, SUBSIDIARY_PROTECTION, HUMANITARIAN_PROTECTION, PRESUMED_TRAFFICKING_VICTIM,
    IDENTIFIED_TRAFFICKING_VICTIM, EU_CITIZEN, UNDOCUMENTED, INTERNALLY_DISPLACED, STATELESS_PERSON, OTHER
}
