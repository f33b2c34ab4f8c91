package eu.guardian.assessment;

import eu.guardian.child.ChildFileView;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;

/**
 * The best-interests tab of a child's file: the next review date and open reviews, the assessments and determinations,
 * a new assessment or determination, and assessment reports as PDF. Loaded by the tab's form's preRenderComponent listener.
 */
@Named
@ViewScoped
public class AssessmentTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ChildFileView fileView;

    @Inject
    Assessments assessments;

    @Inject
    Determinations determinations;

    @Inject
    Reports reports;

    @Inject
    CurrentUser currentUser;

    private Assessments.ReviewOverview reviews = new Assessments.ReviewOverview(null, false, List.of());
    private boolean loaded;
    private List<AssessmentSummary> list = List.of();
    private List<DeterminationSummary> panels = List.of();
    private String newKind = AssessmentKind.COMPREHENSIVE.name();

    /** Whether the user's role works with best-interests procedures (reception staff and administrators do not). */
    public boolean isVisible() {
        return currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.AUDITOR);
    }

    /** preRenderView: reads the tab's data once per view (the file itself was read by the file's view action). */
    public void load() {
        if (loaded || !fileView.isLoaded() || !isVisible()) {
            return;
        }
        loaded = true;
        long childId = fileView.getFile().id();
        reviews = assessments.reviewsOf(childId);
        list = assessments.listOf(childId);
        panels = determinations.listOf(childId);
    }

    public boolean isMayCreate() {
        return fileView.isLoaded() && fileView.getFile().status() == eu.guardian.child.CaseStatus.OPEN
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    /** Starts a draft and opens it in the editor. */
    public String create() {
        try {
            AssessmentRecord created = assessments.create(fileView.getFile().id(), newKind);
            FormMessages.addForNextPage("assessment.created");
            return "/assessments/edit.xhtml?faces-redirect=true&id=" + created.id();
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, "assessmentTabForm", java.util.Map.of(), java.util.Map.of(), null);
            return null;
        } catch (eu.guardian.child.CaseClosedException closed) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "child.closed");
            return null;
        }
    }

    /** Sends the assessment's report as a PDF download in the user's language. */
    public void download(long assessmentId) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Reports.Pdf pdf = reports.assessment(assessmentId, faces.getViewRoot().getLocale());
        Faces.sendFile(pdf.bytes(), pdf.fileName(), true);
    }

    public Assessments.ReviewOverview getReviews() {
        return reviews;
    }

    public List<AssessmentSummary> getAssessments() {
        return list;
    }

    public List<DeterminationSummary> getDeterminations() {
        return panels;
    }

    public List<String> getKinds() {
        return java.util.Arrays.stream(AssessmentKind.values()).map(Enum::name).toList();
    }

    public String getNewKind() {
        return newKind;
    }

    public void setNewKind(String newKind) {
        this.newKind = newKind;
    }
}
