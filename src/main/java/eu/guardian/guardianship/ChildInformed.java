package eu.guardian.guardianship;

import java.io.Serializable;
import java.time.LocalDate;

/** Whether and when the child was told of a guardian's appointment, and by when they had to be. */
public record ChildInformed(long guardianshipId, long childId, String caseNumber, String guardianName,
        LocalDate appointedOn, LocalDate dueOn, LocalDate informedOn, boolean overdue, long version)
        implements Serializable {
}
