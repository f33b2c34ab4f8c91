package eu.guardian.audit;

/** What an audit entry records. KEY_ROTATION opens the segment of a new MAC key (docs/audit-integrity.md). */
public enum AuditAction {
    READ, CREATE, UPDATE, DENIED, SIGN_IN, SIGN_OUT, EXPORT, VERIFY, ANONYMISE, KEY_ROTATION
}
