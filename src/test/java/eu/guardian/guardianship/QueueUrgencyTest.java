package eu.guardian.guardianship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.guardianship.QueueEntry.Urgency;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QueueUrgencyTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @Test
    void overdueDueSoonAndOnTime() {
        assertEquals(Urgency.OVERDUE, Urgency.of(TODAY.minusDays(1), TODAY, 3));
        assertEquals(Urgency.DUE_SOON, Urgency.of(TODAY, TODAY, 3));
        assertEquals(Urgency.DUE_SOON, Urgency.of(TODAY.plusDays(3), TODAY, 3));
        assertEquals(Urgency.ON_TIME, Urgency.of(TODAY.plusDays(4), TODAY, 3));
    }

    @Test
    void anInterimRepresentativeDueTodayIsNotOnTimeUnlessOneActs() {
        LocalDate guardianDue = TODAY.plusDays(20);
        assertEquals(Urgency.DUE_TODAY, Urgency.of(guardianDue, Optional.of(TODAY), false, TODAY, 3));
        assertEquals(Urgency.BREACHED, Urgency.of(guardianDue, Optional.of(TODAY.minusDays(1)), false, TODAY, 3));
        assertEquals(Urgency.DUE_SOON, Urgency.of(guardianDue, Optional.of(TODAY.plusDays(1)), false, TODAY, 3));
        assertEquals(Urgency.BREACHED, Urgency.of(TODAY.minusDays(1), Optional.of(TODAY.minusDays(1)), false, TODAY, 3));
        assertEquals(Urgency.ON_TIME, Urgency.of(guardianDue, Optional.of(TODAY), true, TODAY, 3));
        assertEquals(Urgency.ON_TIME, Urgency.of(guardianDue, Optional.empty(), false, TODAY, 3));
        assertEquals(Urgency.OVERDUE, Urgency.of(TODAY.minusDays(1), Optional.of(TODAY.plusDays(9)), false, TODAY, 3));
    }
}
