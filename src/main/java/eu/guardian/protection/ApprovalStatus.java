package eu.guardian.protection;

/** The authority's decision on a disclosure to an "other" recipient. */
public enum ApprovalStatus {
    PENDING, APPROVED, REFUSED
}
