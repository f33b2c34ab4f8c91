package eu.guardian.audit;

/**
 * What an audit entry records. KEY_ROTATION opens the segment of a new MAC key (docs/audit-integrity.md). INVITE,
 * DISABLE and ENABLE are account actions; SIGN_IN_FAILED and LOCKED_OUT come from Keycloak's sign-in events
 * (docs/accounts.md).
 */
public enum AuditAction {
    READ, CREATE, UPDATE, DENIED, SIGN_IN, SIGN_OUT, EXPORT, VERIFY, ANONYMISE, KEY_ROTATION,
    INVITE, DISABLE, ENABLE, SIGN_IN_FAILED, LOCKED_OUT
}
