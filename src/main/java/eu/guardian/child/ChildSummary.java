package eu.guardian.child;

import java.io.Serializable;
import java.time.LocalDate;

/** One line of the children list. */
public record ChildSummary(long id, String caseNumber, String givenNames, String familyName, LocalDate birthDate,
        String nationalityKind, String nationalityCode, String status, LocalDate identifiedOn,
        LocalDate guardianDueOn, boolean awaitingGuardian, String guardianName) implements Serializable {
}
