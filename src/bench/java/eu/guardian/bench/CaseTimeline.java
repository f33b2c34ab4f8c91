package eu.guardian.bench;

import eu.guardian.child.ClosureReason;
import java.time.LocalDate;

/**
 * The course of one generated child's case, decided before any of its rows is written so that the child row, its
 * placements, statuses and guardianships all tell the same story. Nullable fields are null where the case has not
 * got that far.
 */
record CaseTimeline(
        long childId,
        Outcome outcome,
        String region,
        LocalDate identifiedOn,
        LocalDate applicationMadeOn,
        LocalDate interimDueOn,
        LocalDate guardianDueOn,
        LocalDate fullGuardianOn,
        LocalDate closedOn,
        ClosureReason closureReason) {

    enum Outcome {
        /** In the queue, nobody appointed yet. */
        AWAITING,
        /** In the queue, an interim representative acts until a guardian is appointed. */
        AWAITING_WITH_INTERIM,
        /** A full guardian is appointed and acting. */
        GUARDIAN_APPOINTED,
        /** The case is closed; its guardianship ended with it. */
        CLOSED
    }

    boolean isOpen() {
        return outcome != Outcome.CLOSED;
    }

    boolean isAwaitingGuardian() {
        return outcome == Outcome.AWAITING || outcome == Outcome.AWAITING_WITH_INTERIM;
    }

    /** The last day the child was in care: today for an open case. */
    LocalDate lastDayIn(LocalDate today) {
        return isOpen() ? today : closedOn;
    }
}
