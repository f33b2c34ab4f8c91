package eu.guardian.guardianship;

import java.io.Serializable;
import java.time.LocalDate;

/** A waiting child whose interim representative was due before today and who still has none. */
public record InterimBreach(long childId, String caseNumber, String region, LocalDate interimDueOn, long daysLate)
        implements Serializable {
}
