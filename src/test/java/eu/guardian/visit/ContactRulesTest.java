package eu.guardian.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.platform.time.WorkingDayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The contact-frequency rules and the correction window (docs/domain-rules.md#contact-with-the-child: first meeting
 * in 3 working days, then 30 days).
 */
class ContactRulesTest {

    private final ContactRules rules = new ContactRules(3, 30, Duration.ofHours(24));
    private final WorkingDayCalendar noHolidays = new WorkingDayCalendar(Set.of());

    @Test
    void theFirstMeetingIsDueThreeWorkingDaysAfterTheAppointmentSkippingTheWeekend() {
        LocalDate thursday = LocalDate.of(2026, 11, 26);
        assertEquals(LocalDate.of(2026, 12, 1), rules.firstMeetingDue(thursday, noHolidays), "Fri, Mon, Tue");
        LocalDate monday = LocalDate.of(2026, 11, 23);
        assertEquals(LocalDate.of(2026, 11, 26), rules.firstMeetingDue(monday, noHolidays));
    }

    @Test
    void publicHolidaysDoNotCountAsWorkingDays() {
        LocalDate monday = LocalDate.of(2026, 12, 21);
        WorkingDayCalendar christmas = new WorkingDayCalendar(Set.of(LocalDate.of(2026, 12, 24),
                LocalDate.of(2026, 12, 25)));
        assertEquals(LocalDate.of(2026, 12, 28), rules.firstMeetingDue(monday, christmas), "Tue, Wed, Mon");
    }

    @Test
    void untilTheFirstPersonalMeetingTheFirstMeetingDeadlineIsTheNextContactDue() {
        LocalDate appointed = LocalDate.of(2026, 11, 23);
        ContactRules.Schedule start = ContactRules.Schedule.start(appointed, LocalDate.of(2026, 11, 26));
        assertEquals(LocalDate.of(2026, 11, 26), start.nextContactDue());
        ContactRules.Schedule afterCall = rules.after(start, VisitMode.PHONE, LocalDate.of(2026, 11, 24));
        assertEquals(start, afterCall, "a phone call is not personal contact");
        ContactRules.Schedule afterVideo = rules.after(start, VisitMode.VIDEO, LocalDate.of(2026, 11, 24));
        assertEquals(LocalDate.of(2026, 11, 26), afterVideo.nextContactDue());
        assertTrue(ContactRules.isOverdue(start.nextContactDue(), LocalDate.of(2026, 11, 27)));
        assertFalse(ContactRules.isOverdue(start.nextContactDue(), LocalDate.of(2026, 11, 26)), "the due day is in time");
    }

    @Test
    void afterAPersonalContactTheNextIsDueThirtyDaysLater() {
        ContactRules.Schedule start = ContactRules.Schedule.start(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26));
        ContactRules.Schedule met = rules.after(start, VisitMode.IN_PERSON, LocalDate.of(2026, 11, 25));
        assertEquals(LocalDate.of(2026, 12, 25), met.nextContactDue());
        assertEquals(Optional.of(true), ContactRules.firstMeetingInTime(met));
        ContactRules.Schedule again = rules.after(met, VisitMode.IN_PERSON, LocalDate.of(2026, 12, 20));
        assertEquals(LocalDate.of(2027, 1, 19), again.nextContactDue(), "the 30-day cycle restarts at each contact");
        assertEquals(Optional.of(LocalDate.of(2026, 11, 25)), again.firstPersonalContact());
    }

    @Test
    void anOlderContactLoggedLateDoesNotMoveTheDueDateBack() {
        ContactRules.Schedule start = ContactRules.Schedule.start(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5));
        ContactRules.Schedule recent = rules.after(start, VisitMode.IN_PERSON, LocalDate.of(2026, 11, 20));
        ContactRules.Schedule late = rules.after(recent, VisitMode.IN_PERSON, LocalDate.of(2026, 11, 4));
        assertEquals(LocalDate.of(2026, 12, 20), late.nextContactDue());
        assertEquals(Optional.of(LocalDate.of(2026, 11, 4)), late.firstPersonalContact());
        assertEquals(Optional.of(true), ContactRules.firstMeetingInTime(late));
    }

    @Test
    void aLateFirstMeetingIsRecordedAsLate() {
        ContactRules.Schedule start = ContactRules.Schedule.start(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5));
        ContactRules.Schedule late = rules.after(start, VisitMode.IN_PERSON, LocalDate.of(2026, 11, 9));
        assertEquals(Optional.of(false), ContactRules.firstMeetingInTime(late));
        assertEquals(LocalDate.of(2026, 12, 9), late.nextContactDue());
    }

    @Test
    void aContactBeforeTheAppointmentDoesNotCount() {
        ContactRules.Schedule start = ContactRules.Schedule.start(LocalDate.of(2026, 11, 23), LocalDate.of(2026, 11, 26));
        assertEquals(start, rules.after(start, VisitMode.IN_PERSON, LocalDate.of(2026, 11, 20)));
    }

    @Test
    void theIntervalIsASetting() {
        ContactRules monthly = new ContactRules(3, 28, Duration.ofHours(24));
        ContactRules.Schedule start = ContactRules.Schedule.start(LocalDate.of(2026, 11, 2), LocalDate.of(2026, 11, 5));
        assertEquals(LocalDate.of(2026, 12, 1), monthly.after(start, VisitMode.IN_PERSON,
                LocalDate.of(2026, 11, 3)).nextContactDue());
        assertThrows(IllegalArgumentException.class, () -> new ContactRules(3, 0, Duration.ofHours(24)));
    }

    @Test
    void theAuthorCorrectsWithinTheWindowAndAddsAnAddendumAfterIt() {
        Instant recorded = Instant.parse("2026-11-28T10:00:00Z");
        Instant withinWindow = recorded.plus(Duration.ofHours(23).plusMinutes(59));
        Instant afterWindow = recorded.plus(Duration.ofHours(24)).plusSeconds(1);
        assertTrue(rules.mayCorrect("guardian1", recorded, "guardian1", withinWindow));
        assertTrue(rules.mayCorrect("guardian1", recorded, "guardian1", recorded.plus(Duration.ofHours(24))),
                "the last moment of the window");
        assertFalse(rules.mayAddAddendum("guardian1", recorded, "guardian1", withinWindow));
        assertFalse(rules.mayCorrect("guardian1", recorded, "guardian1", afterWindow));
        assertTrue(rules.mayAddAddendum("guardian1", recorded, "guardian1", afterWindow));
        assertFalse(rules.mayCorrect("guardian1", recorded, "guardian2", withinWindow), "only the author corrects");
        assertFalse(rules.mayAddAddendum("guardian1", recorded, "guardian2", afterWindow));
        assertEquals(recorded.plus(Duration.ofHours(24)), rules.correctableUntil(recorded));
    }

    @Test
    void aZeroHourWindowMeansAddendaOnly() {
        ContactRules strict = new ContactRules(3, 30, Duration.ZERO);
        Instant recorded = Instant.parse("2026-11-28T10:00:00Z");
        assertFalse(strict.mayCorrect("guardian1", recorded, "guardian1", recorded.plusSeconds(1)));
        assertTrue(strict.mayAddAddendum("guardian1", recorded, "guardian1", recorded.plusSeconds(1)));
    }

    @Test
    void theEighteenthBirthdayIsShownWithinTheTransitionPeriodOnly() {
        LocalDate today = LocalDate.of(2026, 11, 28);
        assertEquals(Optional.of(LocalDate.of(2027, 3, 1)),
                ContactRules.upcomingEighteenth(Optional.of(LocalDate.of(2027, 3, 1)), today, 6));
        assertEquals(Optional.empty(), ContactRules.upcomingEighteenth(Optional.of(LocalDate.of(2028, 3, 1)), today, 6));
        assertEquals(Optional.empty(), ContactRules.upcomingEighteenth(Optional.empty(), today, 6));
    }
}
