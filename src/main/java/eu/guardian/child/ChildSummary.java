package eu.guardian.child;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One line of the children list. The names are in their original script; {@code latinGivenNames} and
 * {@code latinFamilyName} are their first Latin transliteration (null when there is none). {@code adultOn} is the 18th
 * birthday by the age used (docs/domain-rules.md#age-used).
 */
public record ChildSummary(long id, String caseNumber, String givenNames, String familyName, String latinGivenNames,
        String latinFamilyName, LocalDate birthDate, String nationalityKind, String nationalityCode, String status,
        LocalDate identifiedOn, LocalDate guardianDueOn, boolean awaitingGuardian, String guardianName,
        LocalDate adultOn)
        implements Serializable {
}
