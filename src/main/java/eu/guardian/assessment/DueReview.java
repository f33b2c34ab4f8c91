package eu.guardian.assessment;

import java.io.Serializable;
import java.time.LocalDate;

/** A review that is due, as lists show it (EL: {@code #{r.caseNumber()}}). */
public record DueReview(long id, long childId, String caseNumber, String childName, String reason, LocalDate dueOn,
        boolean overdue) implements Serializable {
}
