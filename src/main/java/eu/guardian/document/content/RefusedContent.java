package eu.guardian.document.content;

import java.util.List;

/**
 * An upload Guardian does not keep, with the reason as a message key (and its arguments) that each user reads in
 * their own language. Thrown while the upload is read: what was stored of it so far is discarded.
 */
public class RefusedContent extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient List<Object> arguments;

    public RefusedContent(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = List.of(arguments);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> arguments() {
        return arguments;
    }

    /** The file is not what its first bytes promised (a cut-off image, a broken archive...). */
    static RefusedContent damaged() {
        return new RefusedContent("document.refused.damaged");
    }
}
