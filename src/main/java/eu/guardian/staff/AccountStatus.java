package eu.guardian.staff;

/** Whether a login may sign in: Keycloak's "enabled", as Guardian last set it. */
public enum AccountStatus {
    ACTIVE, DISABLED
}
