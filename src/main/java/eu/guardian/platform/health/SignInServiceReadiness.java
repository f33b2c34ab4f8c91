package eu.guardian.platform.health;

import eu.guardian.security.SignInServiceProbe;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready only while Keycloak publishes its discovery document: without it nobody can sign in. */
@Readiness
@ApplicationScoped
public class SignInServiceReadiness implements HealthCheck {

    @Inject
    SignInServiceProbe probe;

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("sign-in-service").status(probe.isAvailable()).build();
    }
}
