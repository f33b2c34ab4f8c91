package eu.guardian.child;

/** Where a child lives. */
public enum PlacementKind {
    RECEPTION_CENTRE, SPECIALISED_CENTRE, FOSTER_FAMILY, RELATIVES, INSTITUTION, CAMP_OR_IDP_SITE, SUPERVISED_HOUSING
}
