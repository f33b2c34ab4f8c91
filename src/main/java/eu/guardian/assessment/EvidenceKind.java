package eu.guardian.assessment;

/** What an evidence link points to; the id belongs to another capability, so it is stored without a foreign key. */
public enum EvidenceKind {
    VISIT, DOCUMENT
}
