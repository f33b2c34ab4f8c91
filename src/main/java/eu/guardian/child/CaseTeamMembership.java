package eu.guardian.child;

import java.time.LocalDate;

/**
 * Whether a login is on a child's case team on a day, as the case-team capability records it (it implements this), so
 * that {@link ChildAccess} can decide what membership grants without reading the team's table itself.
 */
public interface CaseTeamMembership {

    boolean isMember(long childId, String username, LocalDate day);
}
