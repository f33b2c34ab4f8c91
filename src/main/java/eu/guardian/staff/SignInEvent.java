package eu.guardian.staff;

import eu.guardian.audit.AuditAction;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.Optional;

/**
 * One of Keycloak's sign-in events as Guardian's trail records it: who (the username typed; a lockout names only
 * Keycloak's user id), from where, and what went wrong. A lockout is LOCKED_OUT; a failed sign-in SIGN_IN_FAILED,
 * also when it failed because the account was locked or disabled (error {@code user_temporarily_disabled}...).
 */
record SignInEvent(AuditAction action, Optional<String> username, Optional<String> userId,
        Optional<String> ipAddress, Optional<String> error, Optional<String> client) {

    static SignInEvent of(JsonObject event) {
        String type = event.getString("type", "");
        JsonObject details = event.get("details") instanceof JsonObject d ? d : JsonValue.EMPTY_JSON_OBJECT;
        AuditAction action = type.startsWith("USER_DISABLED_BY_") ? AuditAction.LOCKED_OUT
                : AuditAction.SIGN_IN_FAILED;
        Optional<String> username = details.containsKey("username") && !details.isNull("username")
                ? Optional.of(details.getString("username").strip().toLowerCase()).filter(u -> !u.isBlank())
                : Optional.empty();
        return new SignInEvent(action, username, text(event, "userId"), text(event, "ipAddress"),
                text(event, "error"), text(event, "clientId"));
    }

    private static Optional<String> text(JsonObject json, String key) {
        return json.containsKey(key) && !json.isNull(key) ? Optional.of(json.getString(key)) : Optional.empty();
    }
}
