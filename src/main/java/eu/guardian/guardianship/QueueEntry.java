package eu.guardian.guardianship;

import java.io.Serializable;
import java.time.LocalDate;

/** A child waiting for a guardian, with the legal deadlines and how urgent the case is. */
public record QueueEntry(long childId, String caseNumber, String givenNames, String familyName,
        String latinGivenNames, String latinFamilyName, LocalDate identifiedOn, LocalDate interimDueOn, LocalDate guardianDueOn, boolean hasInterimRepresentative,
        Urgency urgency) implements Serializable {

    /** Overdue (red), due soon (amber) or on time. */
    public enum Urgency {
        OVERDUE, DUE_SOON, ON_TIME;

        public static Urgency of(LocalDate due, LocalDate today, int dueSoonDays) {
            if (due.isBefore(today)) {
                return OVERDUE;
            }
            return due.isAfter(today.plusDays(dueSoonDays)) ? ON_TIME : DUE_SOON;
        }
    }
}
