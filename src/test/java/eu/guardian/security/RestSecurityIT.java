package eu.guardian.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Tokens;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The REST API accepts only Keycloak tokens of Guardian's realm, unaltered, and only for the roles it allows. */
class RestSecurityIT {

    @Test
    void noTokenIsUnauthorized() {
        assertEquals(401, Api.anonymousGet("/api/me").status());
        assertEquals(401, Api.anonymousGet("/api/system/status").status());
    }

    @Test
    void rightRoleIsServedAndWrongRoleIsForbidden() {
        Api.Reply me = Api.get("/api/me", Tokens.accessToken("guardian2"));
        assertEquals(200, me.status());
        assertEquals("guardian2", me.json().get("username"));
        assertEquals(List.of("guardian"), me.json().get("roles"));

        assertEquals(403, Api.get("/api/system/status", Tokens.accessToken("guardian1")).status());
        assertEquals(403, Api.get("/api/system/status", Tokens.accessToken("auditor1")).status());

        Api.Reply status = Api.get("/api/system/status", Tokens.accessToken("admin1"));
        assertEquals(200, status.status());
        assertEquals(249L, status.json().get("countries"));
    }

    @Test
    void tamperedTokenIsUnauthorized() {
        String guardianMadeAdmin = Tokens.withRole(Tokens.accessToken("guardian1"), "admin");
        assertEquals(401, Api.get("/api/system/status", guardianMadeAdmin).status());
        assertEquals(401, Api.get("/api/me", guardianMadeAdmin).status());
    }

    @Test
    void tokenFromAnotherIssuerIsUnauthorized() throws Exception {
        String masterRealm = Tokens.tokenFromAnotherRealm(GuardianStack.shared().keycloakAdminPassword());
        assertEquals(401, Api.get("/api/me", masterRealm).status());
        assertEquals(401, Api.get("/api/me", Tokens.selfSignedToken("admin1", "admin")).status());
    }
}
