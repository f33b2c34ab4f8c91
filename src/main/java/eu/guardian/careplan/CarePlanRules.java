package eu.guardian.careplan;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The care plan's deadlines: the default due date of the types the law gives a deadline (school enrolment, special-needs
 * assessment, information to the child, counted from the day the child's clocks start: the application or the
 * identification, whichever is earlier), and when an item is overdue or due soon. Pure logic, for unit tests.
 */
public final class CarePlanRules {

    /** The configured periods (settings). */
    public record Periods(int schoolEnrolmentMonths, int specialNeedsDays, int informationDays) {
    }

    private CarePlanRules() {
    }

    /** The legal default due date of the type, or empty for types without a rule (their due date is typed in). */
    public static Optional<LocalDate> defaultDueOn(CarePlanItemType type, LocalDate clockStart, Periods periods) {
        Objects.requireNonNull(clockStart);
        return switch (type) {
            case SCHOOL_ENROLMENT -> Optional.of(clockStart.plusMonths(periods.schoolEnrolmentMonths()));
            case SPECIAL_NEEDS_ASSESSMENT -> Optional.of(clockStart.plusDays(periods.specialNeedsDays()));
            case INFORMATION_TO_CHILD -> Optional.of(clockStart.plusDays(periods.informationDays()));
            default -> Optional.empty();
        };
    }

    /** The day the child's clocks start: the application or the identification, whichever came first. */
    public static LocalDate clockStart(LocalDate identifiedOn, Optional<LocalDate> applicationMadeOn) {
        return applicationMadeOn.filter(applied -> applied.isBefore(identifiedOn)).orElse(identifiedOn);
    }

    /** An open item whose due date has passed (an item due today is not overdue yet). */
    public static boolean isOverdue(LocalDate dueOn, CarePlanStatus status, LocalDate today) {
        return status.isOpen() && dueOn.isBefore(today);
    }

    /** An open item due from today up to {@code days} days ahead. */
    public static boolean isDueWithin(LocalDate dueOn, CarePlanStatus status, LocalDate today, int days) {
        return status.isOpen() && !dueOn.isBefore(today) && !dueOn.isAfter(today.plusDays(days));
    }
}
