package eu.guardian.guardianship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.guardianship.QueueEntry.Urgency;
import java.time.LocalDate;
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
}
