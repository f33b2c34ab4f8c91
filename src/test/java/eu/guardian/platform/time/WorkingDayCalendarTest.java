package eu.guardian.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingDayCalendarTest {

    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    private final WorkingDayCalendar noHolidays = new WorkingDayCalendar(Set.of());

    @Test
    void zeroWorkingDaysIsTheSameDay() {
        assertEquals(FRIDAY, noHolidays.addWorkingDays(FRIDAY, 0));
        LocalDate saturday = FRIDAY.plusDays(1);
        assertEquals(saturday, noHolidays.addWorkingDays(saturday, 0), "the interim clock runs on weekends too");
    }

    @Test
    void weekendsDoNotCount() {
        assertEquals(LocalDate.of(2026, 11, 30), noHolidays.addWorkingDays(FRIDAY, 1));
        assertEquals(LocalDate.of(2026, 12, 18), noHolidays.addWorkingDays(FRIDAY, 15), "three weeks exactly");
        assertEquals(LocalDate.of(2026, 11, 30), noHolidays.addWorkingDays(FRIDAY.plusDays(1), 1),
                "from a Saturday, Monday is the first working day");
    }

    @Test
    void publicHolidaysDoNotCountAcrossTheYearEnd() {
        WorkingDayCalendar calendar = new WorkingDayCalendar(Set.of(LocalDate.of(2026, 12, 25),
                LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 1)));
        LocalDate wednesday = LocalDate.of(2026, 12, 23);
        assertFalse(calendar.isWorkingDay(LocalDate.of(2026, 12, 25)));
        // 24 (Thu), 28, 29, 30, 31 (Mon-Thu), then 1 Jan is a holiday and a Friday: 4 Jan is the sixth.
        assertEquals(LocalDate.of(2027, 1, 4), calendar.addWorkingDays(wednesday, 6));
        assertEquals(LocalDate.of(2027, 1, 14), calendar.addWorkingDays(wednesday, 14));
    }

    @Test
    void negativeDaysAreAMistake() {
        assertThrows(IllegalArgumentException.class, () -> noHolidays.addWorkingDays(FRIDAY, -1));
    }
}
