package eu.guardian.staff;

import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.validation.Unavailable;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.StringReader;
import java.net.URI;
import eu.guardian.platform.time.RealTime;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak's Admin REST API for Guardian's own realm, through the Jakarta REST client Payara provides (Jersey):
 * Guardian signs in as its confidential service-account client ({@code guardian-accounts}), which holds only the
 * realm-management roles view-users, manage-users, view-realm and view-events — never the master realm. Not
 * keycloak-admin-client: it brings RESTEasy's client, which would sit beside Payara's Jersey inside the WAR
 * (docs/accounts.md, "Keycloak's Admin REST API").
 * <p>
 * Any failure to reach Keycloak (refused, timed out, 5xx, the service account refused) is an {@link Unavailable}:
 * the caller's transaction rolls back and the user reads that the sign-in service cannot be reached. Tokens and the
 * client secret are never logged.
 */
@ApplicationScoped
public class KeycloakAdmin {

    private static final Logger LOG = Logger.getLogger(KeycloakAdmin.class.getName());
    static final String UNAVAILABLE = "account.keycloakUnavailable";

    @Inject
    @ConfigProperty(name = "OIDC_PROVIDER_URI")
    String providerUri;

    @Inject
    @ConfigProperty(name = "guardian.accounts.keycloak-url")
    Optional<String> keycloakUrl;

    @Inject
    @ConfigProperty(name = "guardian.accounts.client-id", defaultValue = "guardian-accounts")
    String clientId;

    @Inject
    @ConfigProperty(name = "guardian.accounts.client-secret")
    Optional<String> clientSecret;

    @Inject

    @RealTime
    Clock clock;

    private Client client;
    private String token;
    private Instant tokenExpires = Instant.EPOCH;

    private synchronized Client client() {
        if (client == null) {
            client = ClientBuilder.newBuilder().connectTimeout(3, TimeUnit.SECONDS).readTimeout(15, TimeUnit.SECONDS)
                    .build();
        }
        return client;
    }

    @PreDestroy
    synchronized void close() {
        if (client != null) {
            client.close();
        }
    }

    /** The realm's name, from the issuer: {@code http://host/realms/guardianship} → {@code guardianship}. */
    String realm() {
        return providerUri.substring(providerUri.lastIndexOf("/realms/") + "/realms/".length()).replaceAll("/+$", "");
    }

    /** Keycloak's base address: configured for the account administration, else the issuer's. */
    private String base() {
        return keycloakUrl.filter(url -> !url.isBlank()).map(url -> url.replaceAll("/+$", ""))
                .orElseGet(() -> providerUri.substring(0, providerUri.lastIndexOf("/realms/")));
    }

    private WebTarget admin() {
        return client().target(base()).path("admin/realms").path(realm());
    }

    // ---- users ----

    /** Creates a user without any credential and returns Keycloak's id; a taken username or e-mail is a field error. */
    public String createUser(String username, String firstName, String lastName, String email,
            List<String> regions, List<String> requiredActions) {
        JsonArrayBuilder regionValues = Json.createArrayBuilder();
        regions.forEach(regionValues::add);
        JsonObject body = Json.createObjectBuilder().add("username", username).add("firstName", firstName)
                .add("lastName", lastName).add("email", email).add("enabled", true).add("emailVerified", true)
                .add("attributes", Json.createObjectBuilder().add(KeycloakUser.REGIONS, regionValues))
                .add("requiredActions", strings(requiredActions)).build();
        return call("create a user", admin().path("users"), request -> request.post(json(body)), response -> {
            if (response.getStatus() == 409) {
                String message = body(response).map(j -> j.getString("errorMessage", "")).orElse("");
                throw message.toLowerCase().contains("email")
                        ? new InvalidInput("email", "account.emailTaken")
                        : new InvalidInput("username", "account.usernameTaken");
            }
            if (response.getStatus() == 400) {
                throw new InvalidInput("username", "account.refusedByKeycloak",
                        body(response).map(j -> j.getString("errorMessage", "")).orElse(""));
            }
            expect(response, 201);
            URI location = response.getLocation();
            return location.getPath().substring(location.getPath().lastIndexOf('/') + 1);
        });
    }

    public void assignRealmRole(String userId, String role) {
        JsonObject roleJson = call("read a role", admin().path("roles").path(role), Invocation.Builder::get,
                response -> {
                    expect(response, 200);
                    return body(response).orElseThrow();
                });
        call("assign a role", admin().path("users").path(userId).path("role-mappings/realm"),
                request -> request.post(json(Json.createArrayBuilder().add(roleJson).build())),
                response -> expect(response, 204));
    }

    /** A page of the ids of the users who hold a realm role (directly). */
    public List<String> usersInRole(String role, int first, int max) {
        return call("list a role's users", admin().path("roles").path(role).path("users").queryParam("first", first)
                .queryParam("max", max).queryParam("briefRepresentation", true), Invocation.Builder::get,
                response -> {
                    expect(response, 200);
                    return array(response).stream().map(v -> v.asJsonObject().getString("id")).toList();
                });
    }

    /**
     * Asks Keycloak to e-mail the user a link to its own pages for these required actions (set a password, set up
     * OTP), valid {@code lifespanSeconds}; afterwards the link leads to Guardian. No password passes through Guardian.
     */
    public void sendActionsEmail(String userId, Collection<String> actions, String appClientId, String redirectUri,
            int lifespanSeconds) {
        WebTarget target = admin().path("users").path(userId).path("execute-actions-email")
                .queryParam("client_id", appClientId).queryParam("redirect_uri", redirectUri)
                .queryParam("lifespan", lifespanSeconds);
        // Keycloak answers 500 when its mail server refuses or cannot be reached: nothing was sent.
        call("send an invitation", target, request -> request.put(json(strings(actions))),
                response -> expect(response, 204), "account.mailUnavailable");
    }

    public void setEnabled(String userId, boolean enabled) {
        call(enabled ? "enable a user" : "disable a user", admin().path("users").path(userId),
                request -> request.put(json(Json.createObjectBuilder().add("enabled", enabled).build())),
                response -> expect(response, 204));
    }

    /** Ends all the user's sessions now (Keycloak tells Guardian through the back-channel logout). */
    public void endSessions(String userId) {
        call("end a user's sessions", admin().path("users").path(userId).path("logout"),
                request -> request.post(Entity.text("")), response -> expect(response, 204));
    }

    /** Removes a user; one that is gone already is fine (this undoes a creation). */
    public void deleteUser(String userId) {
        call("remove a user", admin().path("users").path(userId), Invocation.Builder::delete, response -> {
            if (response.getStatus() != 404) {
                expect(response, 204);
            }
            return null;
        });
    }

    public Optional<KeycloakUser> user(String userId) {
        return call("read a user", admin().path("users").path(userId), Invocation.Builder::get, response -> {
            if (response.getStatus() == 404) {
                return Optional.empty();
            }
            expect(response, 200);
            return body(response).map(KeycloakUser::of);
        });
    }

    public Optional<KeycloakUser> userByUsername(String username) {
        return call("find a user", admin().path("users").queryParam("username", username).queryParam("exact", true)
                .queryParam("briefRepresentation", false), Invocation.Builder::get, response -> {
                    expect(response, 200);
                    return array(response).stream().map(v -> KeycloakUser.of(v.asJsonObject())).findFirst();
                });
    }

    /** A page of the realm's users whose username, name or e-mail contains {@code search} (all when empty). */
    public List<KeycloakUser> users(Optional<String> search, int first, int max) {
        return users(search, Optional.empty(), first, max);
    }

    /** As {@link #users(Optional, int, int)}, only enabled or only disabled users when {@code enabled} is given. */
    public List<KeycloakUser> users(Optional<String> search, Optional<Boolean> enabled, int first, int max) {
        WebTarget target = admin().path("users").queryParam("first", first).queryParam("max", max)
                .queryParam("briefRepresentation", false);
        if (search.isPresent()) {
            target = target.queryParam("search", search.get());
        }
        if (enabled.isPresent()) {
            target = target.queryParam("enabled", enabled.get());
        }
        return call("list users", target, Invocation.Builder::get, response -> {
            expect(response, 200);
            return array(response).stream().map(v -> KeycloakUser.of(v.asJsonObject())).toList();
        });
    }

    public long countUsers(Optional<String> search) {
        return countUsers(search, Optional.empty());
    }

    public long countUsers(Optional<String> search, Optional<Boolean> enabled) {
        WebTarget target = admin().path("users/count");
        if (search.isPresent()) {
            target = target.queryParam("search", search.get());
        }
        if (enabled.isPresent()) {
            target = target.queryParam("enabled", enabled.get());
        }
        return call("count users", target, Invocation.Builder::get, response -> {
            expect(response, 200);
            return Long.parseLong(response.readEntity(String.class).strip());
        });
    }

    /** Sign-in events of these types from {@code fromMillis} on, oldest first. */
    public List<JsonObject> events(List<String> types, long fromMillis, int first, int max) {
        WebTarget target = admin().path("events").queryParam("dateFrom", fromMillis).queryParam("first", first)
                .queryParam("max", max).queryParam("direction", "asc");
        for (String type : types) {
            target = target.queryParam("type", type);
        }
        return call("read sign-in events", target, Invocation.Builder::get, response -> {
            expect(response, 200);
            return array(response).stream().map(JsonValue::asJsonObject).toList();
        });
    }

    // ---- plumbing ----

    private <T> T call(String what, WebTarget target, Function<Invocation.Builder, Response> method,
            Function<Response, T> reading) {
        return call(what, target, method, reading, UNAVAILABLE);
    }

    /** @param serverErrorKey what the user reads when Keycloak answers 5xx */
    private <T> T call(String what, WebTarget target, Function<Invocation.Builder, Response> method,
            Function<Response, T> reading, String serverErrorKey) {
        try {
            Response response = method.apply(authorised(target, false));
            if (response.getStatus() == 401) { // the token ended early (e.g. Keycloak restarted): once more
                response.close();
                response = method.apply(authorised(target, true));
            }
            try (Response answer = response) {
                if (answer.getStatus() >= 500) {
                    LOG.warning(() -> "Keycloak's Admin REST API: could not " + what + ": HTTP " + answer.getStatus());
                    throw new Unavailable(serverErrorKey, "Could not " + what + ": HTTP " + answer.getStatus(), null);
                }
                if (answer.getStatus() == 401 || answer.getStatus() == 403) {
                    throw unavailable(what, "the service account was refused (HTTP " + answer.getStatus()
                            + "): check its realm-management roles", null);
                }
                return reading.apply(answer);
            }
        } catch (ProcessingException e) {
            throw unavailable(what, e.getMessage(), e);
        }
    }

    private Unavailable unavailable(String what, String why, Throwable cause) {
        LOG.warning(() -> "Keycloak's Admin REST API: could not " + what + ": " + why);
        return new Unavailable(UNAVAILABLE, "Could not " + what + ": " + why, cause);
    }

    private Invocation.Builder authorised(WebTarget target, boolean renew) {
        return target.request(MediaType.APPLICATION_JSON).header("Authorization", "Bearer " + token(renew));
    }

    private synchronized String token(boolean renew) {
        if (!renew && token != null && clock.instant().isBefore(tokenExpires)) {
            return token;
        }
        String secret = clientSecret.filter(s -> !s.isBlank()).orElseThrow(() -> new Unavailable(UNAVAILABLE,
                "guardian.accounts.client-secret (GUARDIAN_ACCOUNTS_CLIENT_SECRET) is not set", null));
        Form form = new Form().param("grant_type", "client_credentials").param("client_id", clientId)
                .param("client_secret", secret);
        try (Response response = client().target(base()).path("realms").path(realm())
                .path("protocol/openid-connect/token").request(MediaType.APPLICATION_JSON).post(Entity.form(form))) {
            if (response.getStatus() != 200) {
                throw unavailable("sign in as " + clientId, "HTTP " + response.getStatus(), null);
            }
            JsonObject answer = body(response).orElseThrow();
            token = answer.getString("access_token");
            // renewed a little before it ends, so that no call starts with a token about to expire
            tokenExpires = clock.instant().plusSeconds(Math.max(5, answer.getInt("expires_in", 60) - 20));
            return token;
        } catch (ProcessingException e) {
            throw unavailable("sign in as " + clientId, e.getMessage(), e);
        }
    }

    private static Entity<String> json(JsonValue body) {
        return Entity.entity(body.toString(), MediaType.APPLICATION_JSON);
    }

    private static JsonArray strings(Collection<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(array::add);
        return array.build();
    }

    private static Optional<JsonObject> body(Response response) {
        String text = response.readEntity(String.class);
        if (text == null || text.isBlank() || !text.strip().startsWith("{")) {
            return Optional.empty();
        }
        try (JsonReader reader = Json.createReader(new StringReader(text))) {
            return Optional.of(reader.readObject());
        }
    }

    private static JsonArray array(Response response) {
        try (JsonReader reader = Json.createReader(new StringReader(response.readEntity(String.class)))) {
            return reader.readArray();
        }
    }

    private static Void expect(Response response, int status) {
        if (response.getStatus() == 404) {
            throw new NotFound("Keycloak: " + response.getStatus());
        }
        if (response.getStatus() != status) {
            throw new IllegalStateException("Keycloak answered HTTP " + response.getStatus() + ", expected " + status);
        }
        return null;
    }
}
