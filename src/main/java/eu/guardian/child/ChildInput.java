package eu.guardian.child;

import java.util.List;

/**
 * A child's particulars as a person typed them (page or API): raw text, checked field by field by
 * {@link ChildRegistry} so that every mistake gets its own message. Dates are ISO dates (2026-11-28). The names are
 * in their original script; {@code transliterations} are the same names in Latin letters (optional, several allowed).
 */
public record ChildInput(
        String givenNames,
        String familyName,
        List<LatinName> transliterations,
        List<String> aliases,
        String sex,
        String birthDate,
        String birthDatePrecision,
        String nationalityKind,
        String nationalityCode,
        List<String> otherCitizenships,
        List<String> languages,
        String preferredLanguage,
        String identifiedOn,
        String identifiedPlace,
        String applicationMadeOn,
        String region,
        String placementKind,
        Long centreId,
        String place,
        List<StatusInput> legalStatuses) {

    /** A legal status with its period, as typed. */
    public record StatusInput(String kind, String validFrom, String validTo) {
    }

    public List<LatinName> transliterationsOrEmpty() {
        return transliterations == null ? List.of() : transliterations;
    }

    public List<String> aliasesOrEmpty() {
        return aliases == null ? List.of() : aliases;
    }

    public List<String> otherCitizenshipsOrEmpty() {
        return otherCitizenships == null ? List.of() : otherCitizenships;
    }

    public List<String> languagesOrEmpty() {
        return languages == null ? List.of() : languages;
    }

    public List<StatusInput> legalStatusesOrEmpty() {
        return legalStatuses == null ? List.of() : legalStatuses;
    }
}
