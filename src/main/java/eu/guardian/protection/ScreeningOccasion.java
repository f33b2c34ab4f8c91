package eu.guardian.protection;

/** Why a child was screened: at registration, after a return from missing, or on another concern. */
public enum ScreeningOccasion {
    REGISTRATION, RETURN_FROM_MISSING, OTHER
}
