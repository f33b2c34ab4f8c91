package eu.guardian.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebListener;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Ends a session left idle (an unattended screen must not keep a child's file open). Setting, default 30 minutes. */
@WebListener
public class IdleSessionTimeout implements HttpSessionListener {

    @Inject
    @ConfigProperty(name = "guardian.session.idle-timeout-minutes", defaultValue = "30")
    int idleTimeoutMinutes;

    @Override
    public void sessionCreated(HttpSessionEvent event) {
        event.getSession().setMaxInactiveInterval(idleTimeoutMinutes * 60);
    }
}
