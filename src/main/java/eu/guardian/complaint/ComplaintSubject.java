package eu.guardian.complaint;

/** What a complaint is about; a complaint about a guardian names the guardian and is never shown to them. */
public enum ComplaintSubject {
    PLACEMENT, GUARDIAN, SERVICES, OTHER
}
