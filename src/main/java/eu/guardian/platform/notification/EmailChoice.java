package eu.guardian.platform.notification;

/** How a user wants their notifications by e-mail (docs/notifications.md); without a choice: {@link #IMMEDIATELY}. */
public enum EmailChoice {
    IMMEDIATELY, DIGEST, OFF
}
