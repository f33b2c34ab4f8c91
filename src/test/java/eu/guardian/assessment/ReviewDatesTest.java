package eu.guardian.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewDatesTest {

    @Test
    void periodicReviewIsTheSameDayMonthsLater() {
        assertEquals(LocalDate.of(2027, 5, 28), ReviewDates.periodic(LocalDate.of(2026, 11, 28), 6));
        assertEquals(LocalDate.of(2027, 2, 28), ReviewDates.periodic(LocalDate.of(2026, 8, 31), 6),
                "end of the shorter month");
        assertEquals(LocalDate.of(2027, 11, 28), ReviewDates.periodic(LocalDate.of(2026, 11, 28), 12));
        assertThrows(IllegalArgumentException.class, () -> ReviewDates.periodic(LocalDate.of(2026, 1, 1), 0));
    }

    @Test
    void eventReviewIsDueDaysAfterTheEvent() {
        assertEquals(LocalDate.of(2026, 12, 12), ReviewDates.afterEvent(LocalDate.of(2026, 11, 28), 14));
        assertEquals(LocalDate.of(2026, 11, 28), ReviewDates.afterEvent(LocalDate.of(2026, 11, 28), 0));
        assertThrows(IllegalArgumentException.class, () -> ReviewDates.afterEvent(LocalDate.of(2026, 1, 1), -1));
    }

    @Test
    void overdueFromTheDayAfterTheDueDate() {
        LocalDate due = LocalDate.of(2026, 11, 28);
        assertFalse(ReviewDates.overdue(due, due));
        assertFalse(ReviewDates.overdue(due, due.minusDays(1)));
        assertTrue(ReviewDates.overdue(due, due.plusDays(1)));
    }

    @Test
    void theMinimumFactorsAreThoseOfDirective2013Article23() {
        assertEquals(java.util.List.of(Factor.CHILD_VIEWS, Factor.FAMILY, Factor.CARE_PROTECTION_SAFETY,
                Factor.DEVELOPMENT_WELLBEING), Factor.minimumFactors());
    }
}
