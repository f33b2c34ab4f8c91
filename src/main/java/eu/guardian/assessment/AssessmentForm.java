package eu.guardian.assessment;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * An assessment's content as the editor's tabs type it: the kind, the child's participation, one section per
 * factor, the evidence links and the recommendations. A guardian sends only the child's views and participation.
 */
public class AssessmentForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private String heard;
    private String language;
    private String interpreter;
    private String weighing;
    private String notHeardReason;
    private String recommendations;
    private final Map<Factor, SectionForm> sections = new EnumMap<>(Factor.class);
    private final List<EvidenceForm> evidence = new ArrayList<>();

    /** The form filled with the assessment as saved. */
    void fill(AssessmentRecord shown) {
        kind = shown.kind().name();
        heard = shown.childHeard() == null ? null : shown.childHeard().toString();
        language = shown.viewsLanguage();
        interpreter = shown.interpreter();
        weighing = shown.viewsWeighing();
        notHeardReason = shown.notHeardReason();
        recommendations = shown.recommendations();
        for (AssessmentRecord.SectionRecord s : shown.sections()) {
            sections.put(s.factor(), SectionForm.of(s));
        }
        evidence.clear();
        shown.evidence().forEach(e -> evidence.add(EvidenceForm.of(e)));
    }

    /** What the user may send of it: everything to an editor, the child's views alone to a guardian. */
    AssessmentInput input(AssessmentRecord record) {
        boolean all = record.mayEdit();
        List<AssessmentInput.SectionInput> sectionInputs = new ArrayList<>();
        sections.forEach((factor, form) -> {
            if (all || factor == Factor.CHILD_VIEWS) {
                sectionInputs.add(form.input(factor));
            }
        });
        List<AssessmentInput.EvidenceInput> evidenceInputs = evidence.stream()
                .filter(e -> all || Factor.CHILD_VIEWS.name().equals(e.getFactor())).map(EvidenceForm::input)
                .toList();
        return new AssessmentInput(record.version(), kind, new AssessmentInput.ParticipationInput(
                heard == null || heard.isBlank() ? null : Boolean.valueOf(heard), language, interpreter, weighing,
                notHeardReason), recommendations, sectionInputs, evidenceInputs);
    }

    public void addEvidence() {
        evidence.add(EvidenceForm.blank());
    }

    public void removeEvidence(int index) {
        if (index >= 0 && index < evidence.size()) {
            evidence.remove(index);
        }
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

    public Map<Factor, SectionForm> getSections() {
        return sections;
    }

    public List<EvidenceForm> getEvidence() {
        return evidence;
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
}
