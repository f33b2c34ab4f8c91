package eu.guardian.assessment;

import static eu.guardian.assessment.AssessmentStatus.APPROVED;
import static eu.guardian.assessment.AssessmentStatus.DRAFT;
import static eu.guardian.assessment.AssessmentStatus.RETURNED;
import static eu.guardian.assessment.AssessmentStatus.SUBMITTED;
import static eu.guardian.assessment.AssessmentWorkflow.Action.AMEND;
import static eu.guardian.assessment.AssessmentWorkflow.Action.APPROVE;
import static eu.guardian.assessment.AssessmentWorkflow.Action.EDIT;
import static eu.guardian.assessment.AssessmentWorkflow.Action.RETURN;
import static eu.guardian.assessment.AssessmentWorkflow.Action.SUBMIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AssessmentWorkflowTest {

    private static Optional<AssessmentStatus> next(AssessmentStatus from, AssessmentWorkflow.Action action) {
        return AssessmentWorkflow.apply(from, action).next();
    }

    @Test
    void draftIsEditedSubmittedThenApprovedOrReturned() {
        assertEquals(Optional.of(DRAFT), next(DRAFT, EDIT));
        assertEquals(Optional.of(SUBMITTED), next(DRAFT, SUBMIT));
        assertEquals(Optional.of(APPROVED), next(SUBMITTED, APPROVE));
        assertEquals(Optional.of(RETURNED), next(SUBMITTED, RETURN));
        assertEquals(Optional.of(RETURNED), next(RETURNED, EDIT), "a returned assessment is reworked");
        assertEquals(Optional.of(SUBMITTED), next(RETURNED, SUBMIT));
    }

    @Test
    void approvedNeverChangesAndIsCorrectedByAmendmentOnly() {
        for (AssessmentWorkflow.Action action : List.of(EDIT, SUBMIT, APPROVE, RETURN)) {
            assertFalse(AssessmentWorkflow.apply(APPROVED, action).allowed(), action.name());
        }
        assertEquals(Optional.of(AssessmentWorkflow.Refusal.NOT_EDITABLE),
                AssessmentWorkflow.apply(APPROVED, EDIT).refusal());
        assertTrue(AssessmentWorkflow.apply(APPROVED, AMEND).allowed());
        assertEquals(Optional.of(APPROVED), next(APPROVED, AMEND), "the original stays approved");
    }

    @Test
    void onlySubmittedAssessmentsAreDecidedAndOnlyApprovedOnesAmended() {
        assertFalse(AssessmentWorkflow.apply(DRAFT, APPROVE).allowed());
        assertFalse(AssessmentWorkflow.apply(RETURNED, APPROVE).allowed());
        assertFalse(AssessmentWorkflow.apply(DRAFT, RETURN).allowed());
        assertFalse(AssessmentWorkflow.apply(SUBMITTED, EDIT).allowed(), "no edits while under review");
        assertFalse(AssessmentWorkflow.apply(SUBMITTED, SUBMIT).allowed());
        assertEquals(Optional.of(AssessmentWorkflow.Refusal.NOT_APPROVED),
                AssessmentWorkflow.apply(DRAFT, AMEND).refusal());
    }

    @Test
    void fourEyesTheAuthorAndTheSubmitterNeverDecide() {
        assertFalse(AssessmentWorkflow.mayDecide("authority1", Optional.of("authority1"), "authority1"));
        assertFalse(AssessmentWorkflow.mayDecide("authority1", Optional.empty(), "authority1"), "author");
        assertFalse(AssessmentWorkflow.mayDecide("caseworker1", Optional.of("authority2"), "authority2"),
                "whoever submitted it does not decide it either");
        assertTrue(AssessmentWorkflow.mayDecide("caseworker1", Optional.of("caseworker1"), "authority1"));
        assertFalse(AssessmentWorkflow.mayDecide("Authority1", Optional.empty(), "Authority1"));
        assertTrue(AssessmentWorkflow.mayDecide("caseworker1", Optional.empty(), "caseworker10"),
                "usernames are compared exactly, not by prefix");
    }
}
