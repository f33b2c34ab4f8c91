package eu.guardian.security;

/**
 * A person signed in or out of Guardian's pages. Fired by security, recorded by the audit trail (which observes it), so
 * that security stays below audit: audit knows who the caller is, security does not know how things are recorded.
 */
public record SessionEvent(Kind kind) {

    public enum Kind {
        SIGN_IN, SIGN_OUT
    }
}
