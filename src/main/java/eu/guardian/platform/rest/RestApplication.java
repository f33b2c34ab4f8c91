package eu.guardian.platform.rest;

import eu.guardian.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;

/**
 * Guardian's REST API under {@code /api}: callers bring a Keycloak access token (MicroProfile JWT). A CDI bean, since
 * Payara's MP-JWT support needs one to inject the token.
 */
@ApplicationPath("/api")
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
@ApplicationScoped
public class RestApplication extends Application {
}
