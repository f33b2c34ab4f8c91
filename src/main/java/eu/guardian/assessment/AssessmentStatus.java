package eu.guardian.assessment;

/** Where an assessment stands in its workflow ({@link AssessmentWorkflow}). */
public enum AssessmentStatus {
    DRAFT, SUBMITTED, RETURNED, APPROVED;

    /** Whether its content may still change (drafts and assessments returned for rework). */
    public boolean editable() {
        return this == DRAFT || this == RETURNED;
    }
}
