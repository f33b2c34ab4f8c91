package eu.guardian.platform.reference;

/** What kind of place of care a centre is. */
public enum CareCentreKind {
    RECEPTION_CENTRE, SPECIALISED_CENTRE, INSTITUTION, FOSTER_CARE_SERVICE, CAMP_OR_IDP_SITE, SUPERVISED_HOUSING
}
