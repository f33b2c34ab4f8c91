package eu.guardian.guardianship;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFile;
import eu.guardian.child.ChildFileView;
import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The guardianship tab of a child's file: the complete history, the current guardian, and what the authority may do
 * (appoint, change, end). Read by the file page's view action after the file itself.
 */
@Named
@ViewScoped
public class GuardianshipTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildFileView fileView;

    @Inject
    Appointments appointments;

    @Inject
    CurrentUser currentUser;

    private List<GuardianshipRecord> history = List.of();

    /** View action (after the file's): the child's guardianship history. */
    public void load() {
        if (!fileView.isLoaded()) {
            return;
        }
        try {
            history = appointments.history(fileView.getFile().id());
        } catch (NotFound notFound) {
            FormMessages.notFound();
        }
    }

    public List<GuardianshipRecord> getHistory() {
        return history;
    }

    /** The current (full) guardian or interim representative, if any. */
    public GuardianshipRecord getCurrentGuardianship() {
        return history.stream().filter(GuardianshipRecord::active)
                .max(Comparator.comparing(g -> g.kind().ordinal())).orElse(null);
    }

    /** The rules an appointment overrode (stored as names, comma-separated), in the reader's language. */
    public String rulesOf(String names) {
        if (names == null || names.isBlank()) {
            return "";
        }
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return Arrays.stream(names.split(","))
                .map(name -> Messages.text(reader, "ineligibility." + name.strip(), List.of()))
                .collect(Collectors.joining(" "));
    }

    /** Whether the page offers the authority to appoint a guardian for this child. */
    public boolean isMayAppoint() {
        return mayAct() && fileView.getFile().awaitingGuardian();
    }

    /** Whether the authority may change the guardian (a full guardianship is active). */
    public boolean isMayChange() {
        return mayAct() && history.stream().anyMatch(g -> g.active() && g.kind() == GuardianshipKind.FULL);
    }

    /** Whether the authority may end the current guardianship (guardian or interim representative). */
    public boolean isMayEnd() {
        return mayAct() && getCurrentGuardianship() != null;
    }

    private boolean mayAct() {
        if (!fileView.isLoaded()) {
            return false;
        }
        ChildFile file = fileView.getFile();
        return currentUser.has(Role.AUTHORITY) && file.status() == CaseStatus.OPEN;
    }

    /** The child whose file is shown (for the dialogs' actions). */
    long childId() {
        return fileView.getFile().id();
    }
}
