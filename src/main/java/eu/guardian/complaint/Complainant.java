package eu.guardian.complaint;

/** Who complains: the child (through the guardian or a caseworker), the guardian, or a carer. */
public enum Complainant {
    CHILD, GUARDIAN, CARER
}
