package eu.guardian.platform.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Counts working days: Monday to Friday, except the configured public holidays. Legal deadlines such as "a guardian
 * within 15 working days" are counted with it (RULES.md, "Guardianship").
 */
public final class WorkingDayCalendar {

    private final Set<LocalDate> publicHolidays;

    public WorkingDayCalendar(Set<LocalDate> publicHolidays) {
        this.publicHolidays = Set.copyOf(publicHolidays);
    }

    public boolean isWorkingDay(LocalDate day) {
        DayOfWeek weekday = day.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && !publicHolidays.contains(day);
    }

    /**
     * The day on which {@code workingDays} working days after {@code start} have passed: the start day itself does not
     * count. Zero working days means the start day itself ("the same day").
     */
    public LocalDate addWorkingDays(LocalDate start, int workingDays) {
        if (workingDays < 0) {
            throw new IllegalArgumentException("workingDays must not be negative: " + workingDays);
        }
        LocalDate day = start;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
