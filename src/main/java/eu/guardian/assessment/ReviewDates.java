package eu.guardian.assessment;

import java.time.LocalDate;

/**
 * When a best-interests review is due (docs/domain-rules.md#assessments-bia: periodically, every 6 months by default,
 * and after every significant change). Pure date arithmetic; the months and days come from the settings.
 */
public final class ReviewDates {

    private ReviewDates() {
    }

    /** The periodic review after an approval: the same day {@code months} later (end of month when shorter). */
    public static LocalDate periodic(LocalDate approvedOn, int months) {
        if (months < 1) {
            throw new IllegalArgumentException("A review interval is at least one month");
        }
        return approvedOn.plusMonths(months);
    }

    /** A review after an event (placement change, new guardian, ...): {@code days} after it (0 = the same day). */
    public static LocalDate afterEvent(LocalDate happenedOn, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Days cannot be negative");
        }
        return happenedOn.plusDays(days);
    }

    /** A review is overdue from the day after it was due, as long as it is not done. */
    public static boolean overdue(LocalDate dueOn, LocalDate today) {
        return dueOn.isBefore(today);
    }
}
