package eu.guardian.visit;

/** How guardian and child were in contact; only in-person contact counts as personal contact. */
public enum VisitMode {
    IN_PERSON, VIDEO, PHONE
}
