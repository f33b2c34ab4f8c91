package eu.guardian.child;

import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The end of a case on its file: closing it (caseworker, authority) and the authority's legal hold that keeps a closed
 * case from anonymisation. After a change the file is opened afresh: everything on it depends on the case's state.
 */
@Named
@ViewScoped
public class CaseClosureView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CLOSE_FORM = "closeForm";
    static final String HOLD_FORM = "holdForm";

    @Inject
    Clock clock;

    @Inject
    ChildRegistry registry;

    @Inject
    CaseRetention retention;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    private String closureReason;
    private LocalDate closedOn;
    private String holdReason;

    public boolean isMayClose() {
        return fileView.isLoaded() && fileView.getFile().mayChange()
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    public boolean isMayHold() {
        return fileView.isLoaded() && currentUser.has(Role.AUTHORITY) && !fileView.getFile().anonymised();
    }

    public List<ClosureReason> getClosureReasons() {
        return List.of(ClosureReason.values());
    }

    public void openClosure() {
        closureReason = null;
        closedOn = LocalDate.now(clock);
    }

    public void openHold() {
        holdReason = null;
    }

    public void close() {
        ChildFile file = fileView.getFile();
        run(CLOSE_FORM, Map.of("reason", "closureReason", "closedOn", "closedOn"),
                Map.of("reason", "closure.reason", "closedOn", "closure.closedOn"), "closure.done",
                () -> registry.closeCase(file.id(), file.version(), closureReason, ChildForm.iso(closedOn)));
    }

    public void placeHold() {
        run(HOLD_FORM, Map.of("reason", "holdReason"), Map.of("reason", "legalHold.reason"), "legalHold.placed",
                () -> retention.placeUnderLegalHold(fileView.getFile().id(), holdReason));
    }

    public void releaseHold() {
        run(HOLD_FORM, Map.of(), Map.of(), "legalHold.released",
                () -> retention.releaseLegalHold(fileView.getFile().id()));
    }

    private void run(String form, Map<String, String> inputs, Map<String, String> labels, String doneKey,
            Runnable change) {
        try {
            FormAction.of(form, inputs, labels).messagesInForm().notFoundAsErrorPage().run(() -> {
                change.run();
                FormMessages.addForNextPage(doneKey);
                openFileAfresh();
            });
        } catch (CaseClosedException closed) {
            FormMessages.add(form, FacesMessage.SEVERITY_ERROR, "child.closed");
        }
    }

    private void openFileAfresh() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + "/children/file.xhtml?id=" + fileView.getFile().id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public void setClosedOn(LocalDate closedOn) {
        this.closedOn = closedOn;
    }

    public String getHoldReason() {
        return holdReason;
    }

    public void setHoldReason(String holdReason) {
        this.holdReason = holdReason;
    }
}
