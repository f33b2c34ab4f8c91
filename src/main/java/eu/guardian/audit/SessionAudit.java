package eu.guardian.audit;

import eu.guardian.security.SessionEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/** Records sign-in and sign-out (each in a transaction of its own) as security announces them. */
@ApplicationScoped
public class SessionAudit {

    @Inject
    AuditTrail trail;

    void onSession(@Observes SessionEvent event) {
        trail.recordSession(switch (event.kind()) {
            case SIGN_IN -> AuditAction.SIGN_IN;
            case SIGN_OUT -> AuditAction.SIGN_OUT;
        });
    }
}
