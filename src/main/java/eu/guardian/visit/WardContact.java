package eu.guardian.visit;

import java.time.Instant;
import java.time.LocalDate;

/** One ward's line on "My children": contact due, follow-ups open, 18th birthday coming. */
public record WardContact(long childId, Instant lastContactAt, LocalDate lastPersonalContactOn,
        LocalDate nextContactDue, boolean overdue, long openFollowUps, LocalDate eighteenthBirthday) {
}
