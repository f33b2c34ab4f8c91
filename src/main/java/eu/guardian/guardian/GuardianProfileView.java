package eu.guardian.guardian;

import eu.guardian.child.ChildFilter;
import eu.guardian.child.ChildRegistry;
import eu.guardian.child.ChildSummary;
import eu.guardian.guardianship.Appointments;
import eu.guardian.guardianship.GuardianshipRecord;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** A guardian's registry entry: particulars, load against the cap, what expires when, and current wards. */
@Named
@ViewScoped
public class GuardianProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Expiries this close are shown as due soon. */
    private static final int SOON_DAYS = 60;

    @Inject
    Clock clock;

    @Inject
    GuardianRegistry registry;

    @Inject
    Appointments appointments;

    @Inject
    ChildRegistry children;

    @Inject
    CurrentUser currentUser;

    private String id;
    private GuardianSummary guardian;
    private List<ChildSummary> wards = List.of();
    private final java.util.Map<Long, GuardianshipRecord> guardianships = new java.util.HashMap<>();

    /** View action: loads the entry, or answers 404. */
    public void load() {
        Optional<Long> guardianId = FormMessages.id(id);
        if (guardianId.isEmpty()) {
            FormMessages.notFound();
            return;
        }
        try {
            guardian = registry.profile(guardianId.get());
            wards = children.list(new ChildFilter(Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), guardianId, Optional.empty()), 0, 200, "name").items();
            if (currentUser.has(Role.AUTHORITY) || currentUser.has(Role.AUDITOR) || currentUser.has(Role.CASEWORKER)) {
                appointments.activeOf(guardianId.get()).forEach(g -> guardianships.putIfAbsent(g.childId(), g));
            }
        } catch (NotFound notFound) {
            guardian = null;
            FormMessages.notFound();
        }
    }

    /** "expired", "soon" or "valid" for a validity end date; "missing" when there is none. */
    public String validity(LocalDate until) {
        if (until == null) {
            return "missing";
        }
        LocalDate today = LocalDate.now(clock);
        if (until.isBefore(today)) {
            return "expired";
        }
        return until.isAfter(today.plusDays(SOON_DAYS)) ? "valid" : "soon";
    }

    public int getLoadPercent() {
        return guardian == null || guardian.caseloadCap() <= 0 ? 0
                : Math.min(100, guardian.currentLoad() * 100 / guardian.caseloadCap());
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public GuardianSummary getGuardian() {
        return guardian;
    }

    /** The guardian's current wards (children with an open guardianship of theirs). */
    public List<ChildSummary> getWards() {
        return wards;
    }

    /** The guardian's active guardianship of a ward, when the user may read it (else null). */
    public GuardianshipRecord guardianshipOf(long childId) {
        return guardianships.get(childId);
    }
}
