package eu.guardian.assessment;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;

/**
 * The assessment editor (tabs: participation, one per factor, evidence, recommendations, history; their content is
 * an {@link AssessmentForm}): explicit saves, the workflow's buttons as the service allows them to this user,
 * messages at the fields. A guardian saves only the child's views and participation.
 */
@Named
@ViewScoped
public class AssessmentEditorView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "editor";

    @Inject
    Assessments assessments;

    @Inject
    Reports reports;

    @Inject
    CurrentUser currentUser;

    private String id;
    private AssessmentRecord record;

    private final AssessmentForm form = new AssessmentForm();
    private String comment;

    /** View action: reads the assessment, or answers 404. */
    public void load() {
        java.util.Optional<Long> assessmentId = FormMessages.id(id);
        if (assessmentId.isEmpty()) {
            FormMessages.notFound();
            return;
        }
        try {
            show(assessments.get(assessmentId.get()));
        } catch (NotFound notFound) {
            record = null;
            FormMessages.notFound();
        }
    }

    private void show(AssessmentRecord shown) {
        record = shown;
        form.fill(shown);
    }

    public void save() {
        run("assessment.saved", this::saveContent);
    }

    /** Saves what is on the page, then submits it (so nothing typed is lost). */
    public void submit() {
        run("assessment.submitted", () -> {
            AssessmentRecord saved = saveContent();
            return assessments.submit(saved.id(), saved.version());
        });
    }

    public void approve() {
        run("assessment.approved", () -> assessments.approve(record.id(), record.version()));
    }

    public void returnForRework() {
        run("assessment.returned", () -> assessments.returnForRework(record.id(), record.version(), comment));
    }

    public String amend() {
        try {
            AssessmentRecord amendment = assessments.amend(record.id());
            FormMessages.addForNextPage("assessment.amended");
            return "/assessments/edit.xhtml?faces-redirect=true&id=" + amendment.id();
        } catch (Conflict refused) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, refused.messageKey());
            return null;
        }
    }

    public void download() {
        Reports.Pdf pdf = reports.assessment(record.id(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Faces.sendFile(pdf.bytes(), pdf.fileName(), true);
    }

    private AssessmentRecord saveContent() {
        AssessmentInput input = form.input(record);
        return record.mayEdit() ? assessments.update(record.id(), input)
                : assessments.contributeChildViews(record.id(), input);
    }

    private void run(String doneKey, Supplier<AssessmentRecord> step) {
        try {
            FormAction.of(FORM, inputIds(), labels()).afterInvalidInput(this::reread).run(() -> {
                show(step.get());
                FormMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
            });
        } catch (Conflict refused) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, refused.messageKey());
        }
    }

    /** After a refused submission the save went through: the version moved on, the typed values stay. */
    private void reread() {
        try {
            AssessmentRecord fresh = assessments.get(record.id());
            record = fresh;
        } catch (RuntimeException ignored) {
            // the page keeps what it had; the next save reports any conflict
        }
    }

    private static Map<String, String> inputIds() {
        Map<String, String> ids = new HashMap<>(Map.of("kind", "kind", "recommendations", "tabs:recommendations",
                "participation.heard", "tabs:heard", "participation.language", "tabs:language",
                "participation.interpreter", "tabs:interpreter", "participation.weighing", "tabs:weighing",
                "participation.notHeardReason", "tabs:notHeardReason", "comment", "comment"));
        for (Factor f : Factor.values()) {
            ids.put("sections." + f + ".findings", "tabs:findings_" + f);
            ids.put("sections." + f + ".sources", "tabs:sources_" + f);
            ids.put("sections." + f + ".riskLevel", "tabs:risk_" + f);
        }
        return ids;
    }

    private static Map<String, String> labels() {
        Map<String, String> labels = new HashMap<>(Map.of("kind", "assessment.kind", "recommendations",
                "assessment.recommendations", "comment", "assessment.comment", "evidence.refId",
                "assessment.evidenceRef", "evidence.label", "assessment.evidenceLabel"));
        return labels;
    }

    public boolean isLoaded() {
        return record != null;
    }

    public boolean isMaySave() {
        return record != null && (record.mayEdit() || record.mayContributeViews());
    }

    public boolean isMayAmend() {
        return record != null && record.status() == AssessmentStatus.APPROVED
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    /** Whether this factor's inputs are open to the user (a guardian: the child's views only). */
    public boolean editable(Factor factor) {
        return record != null && (record.mayEdit() || record.mayContributeViews() && factor == Factor.CHILD_VIEWS);
    }

    public AssessmentRecord getRecord() {
        return record;
    }

    /** The content the tabs edit. */
    public AssessmentForm getForm() {
        return form;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
