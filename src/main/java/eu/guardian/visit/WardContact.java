package eu.guardian.visit;

import eu.guardian.guardianship.GuardianshipKind;
import java.time.Instant;
import java.time.LocalDate;

/** One ward's contact line on "My children": the guardianship, contact due, follow-ups open, 18th birthday coming. */
public record WardContact(long childId, GuardianshipKind kind, LocalDate appointedOn, LocalDate firstMeetingDue,
        Instant lastContactAt, LocalDate lastPersonalContactOn,
        LocalDate nextContactDue, boolean overdue, long openFollowUps, LocalDate eighteenthBirthday) {
}
