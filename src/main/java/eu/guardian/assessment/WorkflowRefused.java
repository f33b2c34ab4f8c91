package eu.guardian.assessment;

import eu.guardian.platform.validation.Conflict;
import java.util.List;

/** A workflow step the assessment's state or the four-eyes rule forbids: answered as 409 with a localized message. */
public class WorkflowRefused extends Conflict {

    private static final long serialVersionUID = 1L;

    public WorkflowRefused(AssessmentWorkflow.Refusal refusal) {
        super(refusal.messageKey(), List.of());
    }
}
