package eu.guardian.staff;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A user as Keycloak's Admin REST API describes them: what Guardian shows and reconciles, never a credential. */
public record KeycloakUser(String id, String username, String firstName, String lastName, String email,
        boolean enabled, List<String> regions, List<String> requiredActions, Optional<Instant> createdAt) {

    /** The user attribute holding a staff member's jurisdictions: region codes, or {@code *} for national. */
    public static final String REGIONS = "regions";

    static KeycloakUser of(JsonObject json) {
        JsonObject attributes = json.containsKey("attributes") && json.get("attributes") instanceof JsonObject a ? a
                : JsonValue.EMPTY_JSON_OBJECT;
        return new KeycloakUser(json.getString("id"), json.getString("username"), json.getString("firstName", ""),
                json.getString("lastName", ""), json.getString("email", ""), json.getBoolean("enabled", false),
                strings(attributes.get(REGIONS)), strings(json.get("requiredActions")),
                json.containsKey("createdTimestamp") && !json.isNull("createdTimestamp")
                        ? Optional.of(Instant.ofEpochMilli(json.getJsonNumber("createdTimestamp").longValue()))
                        : Optional.empty());
    }

    private static List<String> strings(JsonValue value) {
        if (!(value instanceof JsonArray array)) {
            return List.of();
        }
        return array.stream().filter(JsonString.class::isInstance).map(v -> ((JsonString) v).getString()).toList();
    }

    public String displayName() {
        return (firstName + " " + lastName).strip();
    }

    /** Keycloak's own service accounts (one per client with a service account) are no one's login. */
    public boolean isServiceAccount() {
        return username.startsWith("service-account-");
    }
}
