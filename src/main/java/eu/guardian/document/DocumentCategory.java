package eu.guardian.document;

/**
 * What a document is about. HEALTH is special-category data (GDPR art 9): only the roles ChildAccess allows see it
 * (docs/documents.md, "Who sees what").
 */
public enum DocumentCategory {
    IDENTITY, LEGAL, AGE_ASSESSMENT, EDUCATION, HEALTH, PHOTO, OTHER
}
