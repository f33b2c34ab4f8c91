package eu.guardian.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CarePlanRulesTest {

    private static final CarePlanRules.Periods DEFAULTS = new CarePlanRules.Periods(3, 30, 15);

    @Test
    void schoolEnrolmentIsDueThreeMonthsAfterTheClockStarts() {
        assertEquals(Optional.of(LocalDate.of(2026, 5, 15)), CarePlanRules.defaultDueOn(
                CarePlanItemType.SCHOOL_ENROLMENT, LocalDate.of(2026, 2, 15), DEFAULTS));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 28)), CarePlanRules.defaultDueOn(
                CarePlanItemType.SCHOOL_ENROLMENT, LocalDate.of(2025, 11, 30), DEFAULTS), "end of a short month");
    }

    @Test
    void specialNeedsAreAssessedWithinThirtyDays() {
        assertEquals(Optional.of(LocalDate.of(2026, 3, 3)), CarePlanRules.defaultDueOn(
                CarePlanItemType.SPECIAL_NEEDS_ASSESSMENT, LocalDate.of(2026, 2, 1), DEFAULTS));
    }

    @Test
    void theChildIsInformedOfTheirRightsWithinFifteenDays() {
        assertEquals(Optional.of(LocalDate.of(2026, 2, 16)), CarePlanRules.defaultDueOn(
                CarePlanItemType.INFORMATION_TO_CHILD, LocalDate.of(2026, 2, 1), DEFAULTS));
    }

    @Test
    void periodsAreSettings() {
        CarePlanRules.Periods other = new CarePlanRules.Periods(2, 15, 10);
        assertEquals(Optional.of(LocalDate.of(2026, 4, 1)), CarePlanRules.defaultDueOn(
                CarePlanItemType.SCHOOL_ENROLMENT, LocalDate.of(2026, 2, 1), other));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 16)), CarePlanRules.defaultDueOn(
                CarePlanItemType.SPECIAL_NEEDS_ASSESSMENT, LocalDate.of(2026, 2, 1), other));
        assertEquals(Optional.of(LocalDate.of(2026, 2, 11)), CarePlanRules.defaultDueOn(
                CarePlanItemType.INFORMATION_TO_CHILD, LocalDate.of(2026, 2, 1), other));
    }

    @Test
    void typesWithoutALegalDeadlineHaveNoDefault() {
        for (CarePlanItemType type : CarePlanItemType.values()) {
            if (type != CarePlanItemType.SCHOOL_ENROLMENT && type != CarePlanItemType.SPECIAL_NEEDS_ASSESSMENT
                    && type != CarePlanItemType.INFORMATION_TO_CHILD) {
                assertEquals(Optional.empty(), CarePlanRules.defaultDueOn(type, LocalDate.of(2026, 1, 1), DEFAULTS),
                        type.name());
            }
        }
    }

    @Test
    void theClockStartsOnTheEarlierOfApplicationAndIdentification() {
        LocalDate identified = LocalDate.of(2026, 3, 10);
        assertEquals(identified, CarePlanRules.clockStart(identified, Optional.empty()));
        assertEquals(LocalDate.of(2026, 3, 1), CarePlanRules.clockStart(identified, Optional.of(LocalDate.of(2026, 3, 1))));
        assertEquals(identified, CarePlanRules.clockStart(identified, Optional.of(LocalDate.of(2026, 4, 1))));
    }

    @Test
    void anOpenItemIsOverdueFromTheDayAfterItsDueDate() {
        LocalDate due = LocalDate.of(2026, 6, 1);
        assertFalse(CarePlanRules.isOverdue(due, CarePlanStatus.PLANNED, due), "due today is not overdue yet");
        assertTrue(CarePlanRules.isOverdue(due, CarePlanStatus.PLANNED, due.plusDays(1)));
        assertTrue(CarePlanRules.isOverdue(due, CarePlanStatus.IN_PROGRESS, due.plusDays(1)));
        assertFalse(CarePlanRules.isOverdue(due, CarePlanStatus.DONE, due.plusDays(10)), "done is never overdue");
        assertFalse(CarePlanRules.isOverdue(due, CarePlanStatus.CANCELLED, due.plusDays(10)));
    }

    @Test
    void dueWithinCountsFromTodayToTheHorizon() {
        LocalDate today = LocalDate.of(2026, 6, 1);
        assertTrue(CarePlanRules.isDueWithin(today, CarePlanStatus.PLANNED, today, 7));
        assertTrue(CarePlanRules.isDueWithin(today.plusDays(7), CarePlanStatus.PLANNED, today, 7));
        assertFalse(CarePlanRules.isDueWithin(today.plusDays(8), CarePlanStatus.PLANNED, today, 7));
        assertFalse(CarePlanRules.isDueWithin(today.minusDays(1), CarePlanStatus.PLANNED, today, 7), "overdue");
        assertFalse(CarePlanRules.isDueWithin(today.plusDays(1), CarePlanStatus.DONE, today, 7));
    }
}
