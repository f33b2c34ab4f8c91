package eu.guardian.platform.rest;

import eu.guardian.security.Role;
import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.auth.LoginConfig;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;

/**
 * Guardian's REST API under {@code /api}: callers bring a Keycloak access token, which
 * {@link eu.guardian.security.BearerTokens} checks. {@code @LoginConfig} keeps Payara's MP-JWT support on for its
 * {@code @RolesAllowed} check of the resources (401 without a token, 403 for another role); a CDI bean, as it needs.
 */
@ApplicationPath("/api")
@OpenAPIDefinition(info = @Info(title = "Guardian API", version = "1",
        description = "Case management for the legal guardianship of unaccompanied children. Every call needs a"
                + " Keycloak access token of the realm 'guardianship' (Authorization: Bearer ...)."))
@LoginConfig(authMethod = "MP-JWT")
@DeclareRoles({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
        Role.Names.AUDITOR, Role.Names.ADMIN})
@ApplicationScoped
public class RestApplication extends Application {
}
