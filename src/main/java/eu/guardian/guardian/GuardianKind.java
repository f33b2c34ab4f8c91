package eu.guardian.guardian;

/** A guardian is a professional, a trained volunteer, or an organisation acting through a named natural person. */
public enum GuardianKind {
    PROFESSIONAL, VOLUNTEER, ORGANISATION
}
