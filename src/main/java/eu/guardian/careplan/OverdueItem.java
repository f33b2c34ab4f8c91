package eu.guardian.careplan;

import java.io.Serializable;
import java.time.LocalDate;

/** An overdue care-plan item in the oversight list: which child, what, who is responsible, since when. */
public record OverdueItem(long id, long childId, String caseNumber, String childName, CarePlanItemType type,
        String agency, String responsiblePerson, LocalDate dueOn, CarePlanStatus status, long daysOverdue)
        implements Serializable {
}
