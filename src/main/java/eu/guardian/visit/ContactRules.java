package eu.guardian.visit;

import eu.guardian.platform.time.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How often a guardian must see a ward (docs/domain-rules.md#contact-with-the-child): a first meeting within a number
 * of working days of the appointment, then personal (in-person) contact at least every so many calendar days; both
 * are settings.
 * Also the author's correction window of a visit entry (afterwards only an addendum). Pure logic, no database.
 */
public final class ContactRules {

    private final int firstMeetingWorkingDays;
    private final int contactIntervalDays;
    private final Duration correctionWindow;

    public ContactRules(int firstMeetingWorkingDays, int contactIntervalDays, Duration correctionWindow) {
        if (firstMeetingWorkingDays < 0 || contactIntervalDays < 1 || correctionWindow.isNegative()) {
            throw new IllegalArgumentException("Contact rules need non-negative days and a positive interval");
        }
        this.firstMeetingWorkingDays = firstMeetingWorkingDays;
        this.contactIntervalDays = contactIntervalDays;
        this.correctionWindow = correctionWindow;
    }

    /** The day by which guardian and child must first have met in person. */
    public LocalDate firstMeetingDue(LocalDate appointedOn, WorkingDayCalendar calendar) {
        return calendar.addWorkingDays(appointedOn, firstMeetingWorkingDays);
    }

    /** Whether a contact counts for the rules: in person, on or after the appointment, and not in the future. */
    public boolean counts(VisitMode mode, LocalDate contactOn, LocalDate appointedOn) {
        return mode == VisitMode.IN_PERSON && !contactOn.isBefore(appointedOn);
    }

    /**
     * The next personal contact due: the first meeting's deadline until the guardian has met the child in person,
     * then the last personal contact plus the interval.
     */
    public LocalDate nextContactDue(LocalDate firstMeetingDue, Optional<LocalDate> lastPersonalContact) {
        return lastPersonalContact.map(last -> last.plusDays(contactIntervalDays)).orElse(firstMeetingDue);
    }

    /** The schedule after one more contact (contacts that do not count leave it as it was). */
    public Schedule after(Schedule schedule, VisitMode mode, LocalDate contactOn) {
        if (!counts(mode, contactOn, schedule.appointedOn())) {
            return schedule;
        }
        LocalDate last = schedule.lastPersonalContact().filter(day -> day.isAfter(contactOn)).orElse(contactOn);
        LocalDate first = schedule.firstPersonalContact().filter(day -> day.isBefore(contactOn)).orElse(contactOn);
        return new Schedule(schedule.appointedOn(), schedule.firstMeetingDue(), Optional.of(first), Optional.of(last),
                nextContactDue(schedule.firstMeetingDue(), Optional.of(last)));
    }

    /** Overdue once the due day has passed without a personal contact (the due day itself is still in time). */
    public static boolean isOverdue(LocalDate due, LocalDate today) {
        return today.isAfter(due);
    }

    /** Whether the first meeting happened in time (empty while it has not happened). */
    public static Optional<Boolean> firstMeetingInTime(Schedule schedule) {
        return schedule.firstPersonalContact().map(first -> !first.isAfter(schedule.firstMeetingDue()));
    }

    /** Until when the author may still correct an entry recorded at {@code recordedAt}. */
    public Instant correctableUntil(Instant recordedAt) {
        return recordedAt.plus(correctionWindow);
    }

    /** Only the author, and only within the window; afterwards an addendum is the way to add to the entry. */
    public boolean mayCorrect(String author, Instant recordedAt, String caller, Instant now) {
        return Objects.equals(author, caller) && !now.isAfter(correctableUntil(recordedAt));
    }

    /** An addendum may be added by the author once the correction window has closed. */
    public boolean mayAddAddendum(String author, Instant recordedAt, String caller, Instant now) {
        return Objects.equals(author, caller) && now.isAfter(correctableUntil(recordedAt));
    }

    /**
     * The 18th birthday by the age used (the child's {@code adult_on}, docs/domain-rules.md#age-used), if it lies within
     * {@code months} from today (and not in the past).
     */
    public static Optional<LocalDate> upcomingEighteenth(Optional<LocalDate> adultOn, LocalDate today, int months) {
        return adultOn
                .filter(day -> !day.isBefore(today) && !day.isAfter(today.plusMonths(months)));
    }

    /** One guardianship's contact state. */
    public record Schedule(LocalDate appointedOn, LocalDate firstMeetingDue, Optional<LocalDate> firstPersonalContact,
            Optional<LocalDate> lastPersonalContact, LocalDate nextContactDue) {

        public static Schedule start(LocalDate appointedOn, LocalDate firstMeetingDue) {
            return new Schedule(appointedOn, firstMeetingDue, Optional.empty(), Optional.empty(), firstMeetingDue);
        }
    }
}
