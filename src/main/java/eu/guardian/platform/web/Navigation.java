package eu.guardian.platform.web;

import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The main menu for the signed-in user, and where each user lands after sign-in. */
@Named
@RequestScoped
public class Navigation {

    @Inject
    CurrentUser currentUser;

    private List<MenuGroup> groups;

    /** The user's menu, grouped under its headings. */
    public List<MenuGroup> getGroups() {
        if (groups == null) {
            Set<Role> roles = currentUser.getRoles().isEmpty() ? EnumSet.noneOf(Role.class)
                    : EnumSet.copyOf(currentUser.getRoles());
            groups = MenuGroup.of(roles);
        }
        return groups;
    }

    /** View action of the start page: sends a user to their role's landing page; a user without a role stays. */
    public String goToLandingPage() {
        return currentUser.primaryRole().map(role -> role.landingPage() + "?faces-redirect=true").orElse(null);
    }
}
