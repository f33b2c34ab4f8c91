package eu.guardian.guardianship;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

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

        /**
         * How urgent a waiting child is: by the guardian's deadline and, while no interim representative acts, by the
         * interim deadline too (the nearer decides: an interim representative due today is not "on time").
         */
        public static Urgency of(LocalDate guardianDue, Optional<LocalDate> interimDue, boolean hasInterimRepresentative,
                LocalDate today, int dueSoonDays) {
            Urgency byGuardian = of(guardianDue, today, dueSoonDays);
            if (hasInterimRepresentative || interimDue.isEmpty()) {
                return byGuardian;
            }
            Urgency byInterim = of(interimDue.get(), today, dueSoonDays);
            return byInterim.ordinal() < byGuardian.ordinal() ? byInterim : byGuardian;
        }
    }
}
