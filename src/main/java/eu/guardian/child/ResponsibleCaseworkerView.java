package eu.guardian.child;

import eu.guardian.platform.validation.AccessRefused;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import java.util.Optional;

/**
 * Who is responsible for the case (docs/domain-rules.md#responsible-caseworker), on the file's case-team tab: a
 * caseworker takes the case on themselves, the authority assigns any caseworker ({@link Caseload#assign} decides).
 */
@Named
@ViewScoped
public class ResponsibleCaseworkerView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:responsibleForm";
    private static final Map<String, String> INPUTS = Map.of("username", "responsibleUsername");
    private static final Map<String, String> LABELS = Map.of("username", "caseload.responsible");

    @Inject
    Caseload caseload;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    private String username;
    private String assigned;

    /** The responsible caseworker as assigned in this view, else as the file was read. */
    public Optional<String> getResponsible() {
        return Optional.ofNullable(assigned).or(() -> Optional.ofNullable(
                fileView.isLoaded() ? fileView.getFile().responsibleCaseworker() : null));
    }

    public boolean isMayTakeOn() {
        return mayChange() && currentUser.has(Role.CASEWORKER)
                && !getResponsible().filter(currentUser.getName()::equals).isPresent();
    }

    public boolean isMayAssign() {
        return mayChange() && currentUser.has(Role.AUTHORITY);
    }

    private boolean mayChange() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN;
    }

    public void takeOn() {
        assign(currentUser.getName());
    }

    public void assignTyped() {
        assign(username);
    }

    private void assign(String caseworker) {
        long childId = fileView.getFile().id();
        try {
            FormAction.of(FORM, INPUTS, LABELS).messagesInForm().notFoundAsErrorPage().run(() -> {
                assigned = caseload.assign(childId, caseworker).responsibleCaseworker();
                username = null;
                FormMessages.add(FORM, FacesMessage.SEVERITY_INFO, "caseload.assigned");
            });
        } catch (AccessRefused refused) {
            FormMessages.add(FORM, FacesMessage.SEVERITY_ERROR, "caseload.refused");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
