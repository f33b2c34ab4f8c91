package eu.guardian.assessment;

import java.io.Serializable;

/** One evidence link's inputs in the assessment editor: the factor it supports and what it points to. */
public final class EvidenceForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String factor;
    private String kind;
    private String refId;
    private String label;

    /** A new link, to a visit, for the child's views (the most common). */
    static EvidenceForm blank() {
        EvidenceForm form = new EvidenceForm();
        form.kind = EvidenceKind.VISIT.name();
        form.factor = Factor.CHILD_VIEWS.name();
        return form;
    }

    static EvidenceForm of(AssessmentRecord.EvidenceRecord evidence) {
        EvidenceForm form = new EvidenceForm();
        form.factor = evidence.factor().name();
        form.kind = evidence.kind().name();
        form.refId = evidence.refId();
        form.label = evidence.label();
        return form;
    }

    AssessmentInput.EvidenceInput input() {
        return new AssessmentInput.EvidenceInput(factor, kind, refId, label);
    }

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
