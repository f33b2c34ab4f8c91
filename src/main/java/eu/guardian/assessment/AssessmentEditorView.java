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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;

/**
 * The assessment editor (tabs: participation, one per factor, recommendations, history): explicit saves, the
 * workflow's buttons as the service allows them to this user, messages at the fields. A guardian saves only the
 * child's views and participation.
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

    private String kind;
    private String heard;
    private String language;
    private String interpreter;
    private String weighing;
    private String notHeardReason;
    private String recommendations;
    private String comment;
    private final Map<Factor, SectionForm> sections = new EnumMap<>(Factor.class);
    private final List<EvidenceForm> evidence = new ArrayList<>();

    /** One factor's inputs (a JavaBean for EL). */
    public static final class SectionForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String findings;
        private String sources;
        private String riskLevel;

        public String getFindings() {
            return findings;
        }

        public void setFindings(String findings) {
            this.findings = findings;
        }

        public String getSources() {
            return sources;
        }

        public void setSources(String sources) {
            this.sources = sources;
        }

        public String getRiskLevel() {
            return riskLevel;
        }

        public void setRiskLevel(String riskLevel) {
            this.riskLevel = riskLevel;
        }
    }

    /** One evidence link's inputs. */
    public static final class EvidenceForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String factor;
        private String kind;
        private String refId;
        private String label;

        public String getFactor() {
            return factor;
        }

        public void setFactor(String factor) {
            this.factor = factor;
        }

        public String getKind() {
            return kind;
        }

        public void setKind(String kind) {
            this.kind = kind;
        }

        public String getRefId() {
            return refId;
        }

        public void setRefId(String refId) {
            this.refId = refId;
        }

        public String getLabel() {
            return label;
        }

        public void setLabel(String label) {
            this.label = label;
        }
    }

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
        kind = shown.kind().name();
        heard = shown.childHeard() == null ? null : shown.childHeard().toString();
        language = shown.viewsLanguage();
        interpreter = shown.interpreter();
        weighing = shown.viewsWeighing();
        notHeardReason = shown.notHeardReason();
        recommendations = shown.recommendations();
        for (AssessmentRecord.SectionRecord s : shown.sections()) {
            SectionForm form = new SectionForm();
            form.findings = s.findings();
            form.sources = s.sources();
            form.riskLevel = s.riskLevel() == null ? null : s.riskLevel().name();
            sections.put(s.factor(), form);
        }
        evidence.clear();
        for (AssessmentRecord.EvidenceRecord e : shown.evidence()) {
            EvidenceForm form = new EvidenceForm();
            form.factor = e.factor().name();
            form.kind = e.kind().name();
            form.refId = e.refId();
            form.label = e.label();
            evidence.add(form);
        }
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

    public void addEvidence() {
        EvidenceForm form = new EvidenceForm();
        form.kind = EvidenceKind.VISIT.name();
        form.factor = Factor.CHILD_VIEWS.name();
        evidence.add(form);
    }

    public void removeEvidence(int index) {
        if (index >= 0 && index < evidence.size()) {
            evidence.remove(index);
        }
    }

    public void download() {
        Reports.Pdf pdf = reports.assessment(record.id(), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Faces.sendFile(pdf.bytes(), pdf.fileName(), true);
    }

    private AssessmentRecord saveContent() {
        List<AssessmentInput.SectionInput> sectionInputs = new ArrayList<>();
        sections.forEach((factor, form) -> {
            if (!record.mayEdit() && factor != Factor.CHILD_VIEWS) {
                return;
            }
            sectionInputs.add(new AssessmentInput.SectionInput(factor.name(), form.findings, form.sources,
                    form.riskLevel));
        });
        List<AssessmentInput.EvidenceInput> evidenceInputs = evidence.stream()
                .filter(e -> record.mayEdit() || Factor.CHILD_VIEWS.name().equals(e.factor))
                .map(e -> new AssessmentInput.EvidenceInput(e.factor, e.kind, e.refId, e.label)).toList();
        AssessmentInput input = new AssessmentInput(record.version(), kind, new AssessmentInput.ParticipationInput(
                heard == null || heard.isBlank() ? null : Boolean.valueOf(heard), language, interpreter, weighing,
                notHeardReason), recommendations, sectionInputs, evidenceInputs);
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

    public List<Factor> getFactors() {
        return Arrays.asList(Factor.values());
    }

    public List<String> getRiskLevels() {
        return Arrays.stream(RiskLevel.values()).map(Enum::name).toList();
    }

    public List<String> getKinds() {
        return Arrays.stream(AssessmentKind.values()).map(Enum::name).toList();
    }

    public List<String> getEvidenceKinds() {
        return Arrays.stream(EvidenceKind.values()).map(Enum::name).toList();
    }

    public AssessmentRecord getRecord() {
        return record;
    }

    public Map<Factor, SectionForm> getSections() {
        return sections;
    }

    public List<EvidenceForm> getEvidence() {
        return evidence;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getHeard() {
        return heard;
    }

    public void setHeard(String heard) {
        this.heard = heard;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public String getInterpreter() {
        return interpreter;
    }

    public void setInterpreter(String interpreter) {
        this.interpreter = interpreter;
    }

    public String getWeighing() {
        return weighing;
    }

    public void setWeighing(String weighing) {
        this.weighing = weighing;
    }

    public String getNotHeardReason() {
        return notHeardReason;
    }

    public void setNotHeardReason(String notHeardReason) {
        this.notHeardReason = notHeardReason;
    }

    public String getRecommendations() {
        return recommendations;
    }

    public void setRecommendations(String recommendations) {
        this.recommendations = recommendations;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    /** An instant as the pages show it ("2026-11-28 14:05 UTC"), empty when absent. */
    public String when(java.time.Instant instant) {
        return instant == null ? "" : Reports.when(instant);
    }
}
