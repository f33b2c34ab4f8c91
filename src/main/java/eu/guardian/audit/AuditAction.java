package eu.guardian.audit;

/** What an audit entry records. */
public enum AuditAction {
    READ, CREATE, UPDATE, DENIED, SIGN_IN, SIGN_OUT, EXPORT, VERIFY, ANONYMISE
}
