package eu.guardian.child;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The days that start a child's legal clocks are known: fired (synchronously, in the registering or correcting
 * transaction) when a child is registered and again when the identification or application date is corrected.
 * Observers put their deadlines due (first best-interests assessment, care-plan items, family tracing) and must be
 * idempotent: the event repeats. See docs/domain-rules.md#the-laws-clocks.
 */
public record ChildClocksStarted(long childId, LocalDate identifiedOn, Optional<LocalDate> applicationMadeOn) {

    public ChildClocksStarted {
        Objects.requireNonNull(identifiedOn);
        Objects.requireNonNull(applicationMadeOn);
    }

    /** The day most clocks count from: the application or the identification, whichever came first. */
    public LocalDate clockStart() {
        return applicationMadeOn.filter(applied -> applied.isBefore(identifiedOn)).orElse(identifiedOn);
    }
}
