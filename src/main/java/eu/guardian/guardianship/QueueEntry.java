package eu.guardian.guardianship;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Optional;

/** A child waiting for a guardian, with the legal deadlines and how urgent the case is. */
public record QueueEntry(long childId, String caseNumber, String givenNames, String familyName,
        String latinGivenNames, String latinFamilyName, LocalDate identifiedOn, LocalDate interimDueOn, LocalDate guardianDueOn, boolean hasInterimRepresentative,
        Urgency urgency) implements Serializable {

    /**
     * Breached (the interim representative's day has passed with nobody acting), overdue (red), due today (the interim
     * representative's day is today), due soon (amber) or on time; the most urgent first (docs/domain-rules.md).
     */
    public enum Urgency {
        BREACHED, OVERDUE, DUE_TODAY, DUE_SOON, ON_TIME;

        public static Urgency of(LocalDate due, LocalDate today, int dueSoonDays) {
            if (due.isBefore(today)) {
                return OVERDUE;
            }
            return due.isAfter(today.plusDays(dueSoonDays)) ? ON_TIME : DUE_SOON;
        }

        /**
         * How urgent a waiting child is: by the guardian's deadline and, while no interim representative acts, by the
         * interim deadline too (the nearer decides). An interim representative is due "as soon as possible": one due
         * today says so, and from the next day, at midnight, the deadline is breached.
         */
        public static Urgency of(LocalDate guardianDue, Optional<LocalDate> interimDue, boolean hasInterimRepresentative,
                LocalDate today, int dueSoonDays) {
            Urgency byGuardian = of(guardianDue, today, dueSoonDays);
            if (hasInterimRepresentative || interimDue.isEmpty()) {
                return byGuardian;
            }
            Urgency byInterim = ofInterim(interimDue.get(), today, dueSoonDays);
            return byInterim.ordinal() < byGuardian.ordinal() ? byInterim : byGuardian;
        }

        private static Urgency ofInterim(LocalDate interimDue, LocalDate today, int dueSoonDays) {
            if (interimDue.isBefore(today)) {
                return BREACHED;
            }
            return interimDue.isEqual(today) ? DUE_TODAY : of(interimDue, today, dueSoonDays);
        }
    }
}
