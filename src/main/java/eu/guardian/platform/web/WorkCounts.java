package eu.guardian.platform.web;

import eu.guardian.security.Role;
import java.util.List;
import java.util.Set;

/**
 * What a capability adds to the landing pages: its counts of waiting work for the roles given (the user's). The
 * counts come from the capability's services, so their role and row-level rules apply (a guardian counts only their
 * own wards). Landing pages collect every implementation ({@link LandingView}).
 */
public interface WorkCounts {

    List<WorkCount> countsFor(Set<Role> roles);
}
