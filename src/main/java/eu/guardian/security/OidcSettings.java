package eu.guardian.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where Guardian signs its users in. Everything comes from MicroProfile Config (environment variables in practice),
 * so that no secret lives in the code; the annotation on {@link GuardianAuthenticationMechanism} reads it through EL.
 */
@Named
@ApplicationScoped
public class OidcSettings {

    @Inject
    @ConfigProperty(name = "OIDC_PROVIDER_URI")
    String providerUri;

    @Inject
    @ConfigProperty(name = "OIDC_CLIENT_ID")
    String clientId;

    @Inject
    @ConfigProperty(name = "OIDC_CLIENT_SECRET")
    String clientSecret;

    public String getProviderUri() {
        return providerUri;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The provider's discovery document: fetched by the sign-in mechanism and by the health and availability checks. */
    public URI discoveryDocument() {
        return URI.create(providerUri + "/.well-known/openid-configuration");
    }

    /** Keycloak's RP-initiated logout endpoint, which ends the single sign-on session too. */
    public URI endSessionEndpoint() {
        return URI.create(providerUri + "/protocol/openid-connect/logout");
    }
}
