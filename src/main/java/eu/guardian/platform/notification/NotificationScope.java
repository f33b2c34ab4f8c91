package eu.guardian.platform.notification;

/**
 * Whether a role-wide notification about a child reaches the member of the role it is being delivered to: a
 * caseworker of region North is not told about a child of region South. The platform knows no children;
 * {@code child.ChildAccess} answers (docs/jurisdictions.md).
 */
public interface NotificationScope {

    boolean reaches(long childId);
}
