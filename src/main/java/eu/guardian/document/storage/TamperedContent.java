package eu.guardian.document.storage;

/**
 * Stored content that does not decrypt: changed, swapped, reordered or cut off in the database, or wrapped under a
 * master key that is not configured. Never shown to a user as such; the download fails and the server logs it.
 */
public class TamperedContent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TamperedContent(String what) {
        super("Stored document content is not intact: " + what);
    }
}
