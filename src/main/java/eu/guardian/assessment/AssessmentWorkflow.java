package eu.guardian.assessment;

import java.util.Objects;
import java.util.Optional;

/**
 * The assessment's state machine and the four-eyes rule, without any framework: drafts (and returned assessments) are
 * edited and submitted; a submitted assessment is approved or returned with comments by someone who neither wrote nor
 * submitted it; an approved assessment never changes again, and is corrected by an amendment (a new draft that links
 * to it).
 */
public final class AssessmentWorkflow {

    public enum Action {
        EDIT, SUBMIT, APPROVE, RETURN, AMEND
    }

    /** Why an action is refused: a bundle key for the user. */
    public enum Refusal {
        NOT_EDITABLE("assessment.refused.immutable"),
        NOT_SUBMITTED("assessment.refused.notSubmitted"),
        NOT_APPROVED("assessment.refused.notApproved"),
        OWN_ASSESSMENT("assessment.refused.ownAssessment");

        private final String messageKey;

        Refusal(String messageKey) {
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private AssessmentWorkflow() {
    }

    /**
     * The status after the action, or why it is refused. {@code AMEND} leaves the approved original as it is (the
     * amendment is a new draft), so its "next" status is the original's: APPROVED.
     */
    public static Result apply(AssessmentStatus current, Action action) {
        return switch (action) {
            case EDIT -> current.editable() ? Result.to(current) : Result.refused(Refusal.NOT_EDITABLE);
            case SUBMIT -> current.editable() ? Result.to(AssessmentStatus.SUBMITTED)
                    : Result.refused(current == AssessmentStatus.APPROVED ? Refusal.NOT_EDITABLE
                            : Refusal.NOT_SUBMITTED);
            case APPROVE -> current == AssessmentStatus.SUBMITTED ? Result.to(AssessmentStatus.APPROVED)
                    : Result.refused(Refusal.NOT_SUBMITTED);
            case RETURN -> current == AssessmentStatus.SUBMITTED ? Result.to(AssessmentStatus.RETURNED)
                    : Result.refused(Refusal.NOT_SUBMITTED);
            case AMEND -> current == AssessmentStatus.APPROVED ? Result.to(AssessmentStatus.APPROVED)
                    : Result.refused(Refusal.NOT_APPROVED);
        };
    }

    /**
     * The four-eyes rule: whoever decides (approves or returns) must be neither the author nor the one who submitted.
     * Usernames are compared exactly; an unknown submitter counts as no one.
     */
    public static boolean mayDecide(String author, Optional<String> submitter, String decider) {
        Objects.requireNonNull(author);
        Objects.requireNonNull(decider);
        return !decider.equals(author) && submitter.filter(decider::equals).isEmpty();
    }

    /** The outcome of {@link #apply}: the next status, or the refusal. */
    public record Result(Optional<AssessmentStatus> next, Optional<Refusal> refusal) {
        static Result to(AssessmentStatus status) {
            return new Result(Optional.of(status), Optional.empty());
        }

        static Result refused(Refusal refusal) {
            return new Result(Optional.empty(), Optional.of(refusal));
        }

        public boolean allowed() {
            return next.isPresent();
        }
    }
}
