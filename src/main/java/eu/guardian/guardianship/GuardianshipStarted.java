package eu.guardian.guardianship;

import java.time.LocalDate;
import java.util.Optional;

/**
 * CDI event fired (synchronously, inside the appointment's transaction) when a guardian or interim representative is
 * appointed: visits start the guardianship's contact schedule from it, and the guardian is notified.
 */
public record GuardianshipStarted(long guardianshipId, long childId, String caseNumber, long guardianId,
        Optional<String> guardianUsername, GuardianshipKind kind, LocalDate appointedOn, LocalDate firstMeetingDue) {
}
