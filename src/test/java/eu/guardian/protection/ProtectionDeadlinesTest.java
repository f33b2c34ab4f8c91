package eu.guardian.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Police the same day, referral answers within N days, the recovery-and-reflection period. */
class ProtectionDeadlinesTest {

    private static final Instant REPORTED = Instant.parse("2026-11-28T09:15:00Z");

    @Test
    void withoutGraceThePoliceAreDueAtOnce() {
        Instant due = ProtectionDeadlines.policeDueAt(REPORTED, 0);
        assertEquals(REPORTED, due);
        assertTrue(ProtectionDeadlines.policeOverdue(due, Optional.empty(), REPORTED.plusSeconds(60)),
                "a report without police notification is overdue the same day");
        assertFalse(ProtectionDeadlines.policeOverdue(due, Optional.of(REPORTED), REPORTED.plusSeconds(3600)));
    }

    @Test
    void graceHoursNeverReachTheNextDay() {
        assertEquals(Instant.parse("2026-11-28T11:15:00Z"), ProtectionDeadlines.policeDueAt(REPORTED, 2));
        Instant late = Instant.parse("2026-11-28T22:30:00Z");
        Instant due = ProtectionDeadlines.policeDueAt(late, 4);
        assertEquals(LocalDate.parse("2026-11-28"), due.atZone(java.time.ZoneOffset.UTC).toLocalDate());
        assertTrue(due.isAfter(late));
    }

    @Test
    void aNotificationAfterTheDeadlineStaysOverdue() {
        Instant due = ProtectionDeadlines.policeDueAt(REPORTED, 2);
        assertFalse(ProtectionDeadlines.policeOverdue(due, Optional.empty(), REPORTED.plusSeconds(3600)));
        assertTrue(ProtectionDeadlines.policeOverdue(due, Optional.empty(), REPORTED.plusSeconds(3 * 3600)));
        assertTrue(ProtectionDeadlines.policeOverdue(due, Optional.of(REPORTED.plusSeconds(3 * 3600)),
                REPORTED.plusSeconds(4 * 3600)));
    }

    @Test
    void hoursElapsedSinceLastSeen() {
        assertEquals(26, ProtectionDeadlines.hoursElapsed(REPORTED, REPORTED.plusSeconds(26 * 3600 + 59 * 60)));
        assertEquals(0, ProtectionDeadlines.hoursElapsed(REPORTED, REPORTED.minusSeconds(60)));
    }

    @Test
    void aReferralIsOverdueTheDayAfterItsAnswerWasDue() {
        LocalDate due = ProtectionDeadlines.referralAnswerDue(LocalDate.parse("2026-11-02"), 10);
        assertEquals(LocalDate.parse("2026-11-12"), due);
        assertFalse(ProtectionDeadlines.referralOverdue(due, false, LocalDate.parse("2026-11-12")));
        assertTrue(ProtectionDeadlines.referralOverdue(due, false, LocalDate.parse("2026-11-13")));
        assertFalse(ProtectionDeadlines.referralOverdue(due, true, LocalDate.parse("2026-12-13")),
                "an answered referral is never overdue");
    }

    @Test
    void theReflectionPeriodLastsAtLeastThirtyDays() {
        LocalDate referred = LocalDate.parse("2026-11-28");
        assertEquals(LocalDate.parse("2026-12-28"), ProtectionDeadlines.reflectionPeriodEnds(referred, 30));
        assertEquals(LocalDate.parse("2027-01-27"), ProtectionDeadlines.reflectionPeriodEnds(referred, 60));
        assertEquals(LocalDate.parse("2026-12-28"), ProtectionDeadlines.reflectionPeriodEnds(referred, 10),
                "CETS 197 art 13: never shorter than 30 days");
    }

    @Test
    void consentIsTheChildsTheGuardiansOrALegalBasis() {
        assertFalse(Consent.of(null, false, "  ").isGiven());
        assertTrue(Consent.of(true, null, null).isGiven());
        assertTrue(Consent.of(false, true, null).isGiven());
        assertTrue(Consent.of(false, false, "Court order 12/2026").isGiven());
    }
}
