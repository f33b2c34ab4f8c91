package eu.guardian.assessment;

import java.io.Serializable;

/** One factor's inputs in the assessment editor (a JavaBean for EL). */
public final class SectionForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String findings;
    private String sources;
    private String riskLevel;

    static SectionForm of(AssessmentRecord.SectionRecord section) {
        SectionForm form = new SectionForm();
        form.findings = section.findings();
        form.sources = section.sources();
        form.riskLevel = section.riskLevel() == null ? null : section.riskLevel().name();
        return form;
    }

    AssessmentInput.SectionInput input(Factor factor) {
        return new AssessmentInput.SectionInput(factor.name(), findings, sources, riskLevel);
    }

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
