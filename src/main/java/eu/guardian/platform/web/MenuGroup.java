package eu.guardian.platform.web;

import eu.guardian.security.Role;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/** One heading of the main menu with the entries under it that the user's roles may open. */
public record MenuGroup(MenuSection section, List<MenuEntry> entries) {

    /** The menu of a user with these roles: sections in menu order, only those with an entry, entries in enum order. */
    public static List<MenuGroup> of(Set<Role> roles) {
        return Arrays.stream(MenuSection.values())
                .map(section -> new MenuGroup(section, Arrays.stream(MenuEntry.values())
                        .filter(entry -> entry.getSection() == section && entry.isAllowedFor(roles)).toList()))
                .filter(group -> !group.entries().isEmpty())
                .toList();
    }
}
