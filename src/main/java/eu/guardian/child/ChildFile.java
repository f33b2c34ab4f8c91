package eu.guardian.child;

import eu.guardian.platform.reference.CareCentre;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** Everything on a child's file that the caller may see, read in one transaction. */
public record ChildFile(
        long id,
        String caseNumber,
        String givenNames,
        String familyName,
        List<LatinName> transliterations,
        List<String> aliases,
        Sex sex,
        LocalDate birthDate,
        BirthDatePrecision birthDatePrecision,
        Integer ageUsed,
        NationalityKind nationalityKind,
        String nationalityCode,
        Set<String> otherCitizenships,
        Set<String> languages,
        String preferredLanguage,
        LocalDate identifiedOn,
        String identifiedPlace,
        LocalDate applicationMadeOn,
        String region,
        LocalDate interimDueOn,
        LocalDate guardianDueOn,
        boolean awaitingGuardian,
        CaseStatus status,
        ClosureReason closureReason,
        LocalDate closedOn,
        List<Status> legalStatuses,
        List<Age> ageAssessments,
        List<Stay> placements,
        long version,
        boolean mayChange,
        boolean underLegalHold,
        String legalHoldReason,
        boolean anonymised,
        LocalDate adultOn,
        boolean ageFromAssessment,
        String responsibleCaseworker) implements Serializable {

    /** The names and their first transliteration, as lists show them ("محمد علي — Mohammed Ali"). */
    public String fullName() {
        return ChildNames.fullName(givenNames, familyName,
                transliterations.stream().findFirst().map(LatinName::givenNames),
                transliterations.stream().findFirst().map(LatinName::familyName));
    }

    public record Status(LegalStatusKind kind, LocalDate validFrom, LocalDate validTo) implements Serializable {
    }

    /** An age assessment; {@code id} is what an interpreter log entry of its interview refers to. */
    public record Age(AgeAssessmentMethod method, LocalDate assessedOn, int minimumAge, int maximumAge, String notes,
            MedicalGrounds medicalGrounds, Long id) implements Serializable {

        /** A medical examination: shown as the last resort, with its grounds. */
        public boolean medical() {
            return method == AgeAssessmentMethod.MEDICAL;
        }
    }

    /** A placement; {@code region} is the code of the region it lies in. */
    public record Stay(PlacementKind kind, String centre, String place, String region, LocalDate startedOn,
            LocalDate endedOn) implements Serializable {
    }

    static ChildFile of(Child child, LocalDate today, boolean mayChange) {
        return new ChildFile(child.getId(), child.getCaseNumber(), child.getGivenNames(), child.getFamilyName(),
                child.getTransliterations(), child.getAliases(), child.getSex(), child.getBirthDate(), child.getBirthDatePrecision(),
                child.ageOn(today).orElse(null), child.getNationalityKind(), child.getNationalityCode(),
                child.getOtherCitizenships(), child.getLanguages(), child.getPreferredLanguage(),
                child.getIdentifiedOn(), child.getIdentifiedPlace(), child.getApplicationMadeOn(), child.getRegion(),
                child.getInterimDueOn(), child.getGuardianDueOn(), child.isAwaitingGuardian(), child.getStatus(),
                child.getClosureReason(), child.getClosedOn(),
                child.getLegalStatuses().stream()
                        .map(s -> new Status(s.getKind(), s.getValidFrom(), s.getValidTo())).toList(),
                child.getAgeAssessments().stream().map(a -> new Age(a.getMethod(), a.getAssessedOn(),
                        a.getMinimumAge(), a.getMaximumAge(), a.getNotes(), a.medicalGrounds(), a.getId())).toList(),
                child.getPlacements().stream().map(p -> new Stay(p.getKind(),
                        p.centre().map(CareCentre::getName).orElse(null), p.getPlace(), p.getRegion(),
                        p.getStartedOn(), p.getEndedOn())).toList(),
                child.getVersion(), mayChange && child.getStatus() == CaseStatus.OPEN, child.isUnderLegalHold(),
                child.legalHoldReason().orElse(null), child.anonymisedAt().isPresent(),
                child.adulthoodDate().orElse(null), child.ageFromAssessment(),
                child.responsibleCaseworker().orElse(null));
    }
}
