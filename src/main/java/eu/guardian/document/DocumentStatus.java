package eu.guardian.document;

/**
 * A document's life: its content arrives (UPLOADING, invisible), is kept (STORED), and goes when it is deleted with a
 * reason (DELETED) or its case is anonymised at the end of retention (ERASED); the record of it stays.
 */
public enum DocumentStatus {
    UPLOADING, STORED, DELETED, ERASED
}
