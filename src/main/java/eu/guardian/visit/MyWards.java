package eu.guardian.visit;

import eu.guardian.child.ChildFilter;
import eu.guardian.child.ChildRegistry;
import eu.guardian.child.ChildSummary;
import eu.guardian.platform.persistence.Page;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A guardian's "My children", the page a guardian opens every day: the wards the children list lets them see (sorted
 * by name), each with its appointment and its contact line. A handful of indexed queries whatever the number of
 * visits, because the contact due is kept per guardianship when a visit is logged.
 */
@Stateless
public class MyWards {

    @Inject
    ChildRegistry children;

    @Inject
    ContactOversight contacts;

    @RolesAllowed(Role.Names.GUARDIAN)
    public List<WardLine> lines() {
        Map<Long, WardContact> contactLines = contacts.myWards();
        if (contactLines.isEmpty()) {
            return List.of();
        }
        return children.list(ChildFilter.none(), 0, Page.MAX_SIZE, "name").items().stream()
                .map(child -> line(child, Optional.ofNullable(contactLines.get(child.id()))))
                .toList();
    }

    private static WardLine line(ChildSummary child, Optional<WardContact> contact) {
        return new WardLine(child.id(), child.caseNumber(), child.givenNames(), child.familyName(),
                child.latinGivenNames(), child.latinFamilyName(), child.birthDate(),
                contact.map(WardContact::kind).orElse(null),
                contact.map(WardContact::appointedOn).orElse(null),
                contact.map(WardContact::firstMeetingDue).orElse(null),
                contact.map(WardContact::lastContactAt).orElse(null),
                contact.map(WardContact::lastPersonalContactOn).orElse(null),
                contact.map(WardContact::nextContactDue).orElse(null),
                contact.map(WardContact::overdue).orElse(false),
                contact.map(WardContact::openFollowUps).orElse(0L),
                contact.map(WardContact::eighteenthBirthday).orElse(null));
    }
}
