package eu.guardian.document;

/** The record a document belongs to: the child's file itself, or one record in it. */
public enum AttachedTo {
    FILE, VISIT, ASSESSMENT, MISSING_EPISODE, COMPLAINT
}
