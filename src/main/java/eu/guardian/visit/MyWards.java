package eu.guardian.visit;

import eu.guardian.child.ChildFilter;
import eu.guardian.child.ChildRegistry;
import eu.guardian.child.ChildSummary;
import eu.guardian.guardian.Guardian;
import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.guardianship.Appointments;
import eu.guardian.guardianship.GuardianshipRecord;
import eu.guardian.platform.persistence.Page;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

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
    GuardianRegistry guardians;

    @Inject
    Appointments appointments;

    @Inject
    ContactOversight contacts;

    @Inject
    CurrentUser currentUser;

    @RolesAllowed(Role.Names.GUARDIAN)
    public List<WardLine> lines() {
        Optional<Long> guardianId = guardians.byUsername(currentUser.getName()).map(Guardian::getId);
        if (guardianId.isEmpty()) {
            return List.of();
        }
        Map<Long, GuardianshipRecord> guardianships = appointments.activeOf(guardianId.get()).stream()
                .collect(Collectors.toMap(GuardianshipRecord::childId, Function.identity(), (a, b) -> a));
        Map<Long, WardContact> contactLines = contacts.myWards();
        return children.list(ChildFilter.none(), 0, Page.MAX_SIZE, "name").items().stream()
                .map(child -> line(child, Optional.ofNullable(guardianships.get(child.id())),
                        Optional.ofNullable(contactLines.get(child.id()))))
                .toList();
    }

    private static WardLine line(ChildSummary child, Optional<GuardianshipRecord> guardianship,
            Optional<WardContact> contact) {
        return new WardLine(child.id(), child.caseNumber(), child.givenNames(), child.familyName(), child.birthDate(),
                guardianship.map(GuardianshipRecord::kind).orElse(null),
                guardianship.map(GuardianshipRecord::appointedOn).orElse(null),
                guardianship.map(GuardianshipRecord::firstMeetingDue).orElse(null),
                contact.map(WardContact::lastContactAt).orElse(null),
                contact.map(WardContact::lastPersonalContactOn).orElse(null),
                contact.map(WardContact::nextContactDue).orElse(null),
                contact.map(WardContact::overdue).orElse(false),
                contact.map(WardContact::openFollowUps).orElse(0L),
                contact.map(WardContact::eighteenthBirthday).orElse(null));
    }
}
