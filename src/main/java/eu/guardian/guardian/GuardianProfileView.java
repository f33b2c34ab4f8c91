package eu.guardian.guardian;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.validation.Unavailable;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A guardian's registry entry: particulars, load against the cap and what expires when. The current wards are
 * guardianship's part of the page ({@code GuardianWardsView}).
 */
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

    private String id;
    private GuardianSummary guardian;
    private String loginUsername;

    /** View action: loads the entry, or answers 404. */
    public void load() {
        Optional<Long> guardianId = FormMessages.id(id);
        if (guardianId.isEmpty()) {
            FormMessages.notFound();
            return;
        }
        try {
            guardian = registry.profile(guardianId.get());
        } catch (NotFound notFound) {
            guardian = null;
            FormMessages.notFound();
        }
    }

    /** The authority gives a guardian without a login one; Keycloak e-mails them the invitation. */
    public String giveLogin() {
        return act(() -> registry.giveLogin(guardian.id(), loginUsername), "guardian.loginCreated");
    }

    /** The authority takes a deactivated guardian back; their login may sign in again. */
    public String reactivate() {
        return act(() -> registry.reactivate(guardian.id()), "guardian.reactivated");
    }

    private String act(java.util.function.Supplier<GuardianSummary> action, String doneKey) {
        try {
            GuardianSummary done = action.get();
            FormMessages.addForNextPage(doneKey, done.name(), Optional.ofNullable(done.email()).orElse(""));
            return "/guardians/profile.xhtml?faces-redirect=true&id=" + done.id();
        } catch (InvalidInput invalid) {
            invalid.errors().forEach(error -> FormMessages.add(null, FacesMessage.SEVERITY_ERROR, error.messageKey(),
                    error.arguments().toArray()));
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        } catch (Unavailable unavailable) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, unavailable.messageKey());
        }
        return null;
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

    public String getLoginUsername() {
        return loginUsername;
    }

    public void setLoginUsername(String loginUsername) {
        this.loginUsername = loginUsername;
    }
}
