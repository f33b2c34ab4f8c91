package eu.guardian.child;

import java.time.LocalDate;

/**
 * A child's case was closed (CDI event, fired in the closing transaction): whatever depends on an open case, such as
 * the guardianship, ends with it.
 */
public record CaseClosed(long childId, ClosureReason reason, LocalDate on) {
}
