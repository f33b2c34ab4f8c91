package eu.guardian.visit;

import eu.guardian.guardianship.GuardianshipKind;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One line of a guardian's "My children", on the page and in {@code GET /api/me/wards}: who the ward is, since when the
 * guardian acts, when the child was last seen and must next be seen (overdue or not), open follow-ups and an 18th
 * birthday coming up.
 */
public record WardLine(long childId, String caseNumber, String givenNames, String familyName, String latinGivenNames,
        String latinFamilyName, LocalDate birthDate,
        GuardianshipKind guardianshipKind, LocalDate appointedOn, LocalDate firstMeetingDue, Instant lastContactAt,
        LocalDate lastPersonalContactOn, LocalDate nextContactDue, boolean overdue, long openFollowUps,
        LocalDate eighteenthBirthday) implements Serializable {
}
