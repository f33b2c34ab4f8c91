package eu.guardian.visit;

import java.io.Serializable;
import java.time.LocalDate;

/** A guardianship whose personal contact is overdue, for the authority's oversight list. */
public record OverdueContact(long guardianshipId, long childId, String caseNumber, String childName,
        long guardianId, String guardianName, LocalDate nextContactDue, LocalDate lastPersonalContactOn,
        long daysOverdue) implements Serializable {
}
