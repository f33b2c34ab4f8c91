package eu.guardian.staff;

import java.util.List;

/**
 * A new staff account as the administrator asks for it: the login's name, the person's names and e-mail (where the
 * invitation goes), one role of {@link StaffRole} by its id, and the care centres (reception) or regions (caseworker,
 * authority; {@code *} for national) the role needs.
 */
public record AccountInput(String username, String firstName, String lastName, String email, String role,
        List<Long> centreIds, List<String> regions) {

    public List<Long> centreIdsOrEmpty() {
        return centreIds == null ? List.of() : centreIds;
    }

    public List<String> regionsOrEmpty() {
        return regions == null ? List.of() : regions;
    }
}
