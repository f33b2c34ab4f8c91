package eu.guardian.child;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.persistence.ConcurrentChange;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Corrects a child's identity. The form is prefilled from the file and saved with the version that was read, so a
 * change someone else saved meanwhile is never overwritten: the user is told, and keeps what they typed.
 */
@Named
@ViewScoped
public class ChildEditView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "edit";

    @Inject
    ChildRegistry registry;

    private String id;
    private long childId;
    private long version;
    private String caseNumber;
    private ChildForm child;
    private boolean concurrentChange;
    private boolean closed;

    /** View action: reads the file once; a child the user may not see is 404, one they may not change 403. */
    public void load() {
        Optional<Long> parsed = FormMessages.id(id);
        if (parsed.isEmpty()) {
            FormMessages.notFound();
            return;
        }
        ChildFile file;
        try {
            file = registry.file(parsed.get());
        } catch (NotFound notFound) {
            FormMessages.notFound();
            return;
        }
        childId = file.id();
        caseNumber = file.caseNumber();
        if (!file.mayChange()) {
            if (file.status() == CaseStatus.CLOSED) {
                closed = true;
                FormMessages.add(null, FacesMessage.SEVERITY_WARN, "child.closed");
                return;
            }
            forbidden();
            return;
        }
        version = file.version();
        child = ChildForm.of(file);
    }

    public String save() {
        concurrentChange = false;
        try {
            ChildFile saved = registry.correctIdentity(childId, version, child.input());
            FormMessages.addForNextPage("edit.saved", saved.caseNumber());
            return "/children/file.xhtml?faces-redirect=true&id=" + childId;
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, FORM, ChildForm.INPUTS, ChildForm.LABELS, null);
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        } catch (NotFound notFound) {
            FormMessages.notFound();
        } catch (RuntimeException failure) {
            if (!ConcurrentChange.isCause(failure)) {
                throw failure;
            }
            // What the user typed stays in the form; they reload to see the other change.
            concurrentChange = true;
            FacesContext.getCurrentInstance().validationFailed();
        }
        return null;
    }

    private static void forbidden() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(403, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    public boolean isLoaded() {
        return child != null;
    }

    public boolean isConcurrentChange() {
        return concurrentChange;
    }

    public boolean isClosed() {
        return closed;
    }

    public ChildForm getChild() {
        return child;
    }

    public long getChildId() {
        return childId;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }
}
