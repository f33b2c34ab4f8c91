package eu.guardian.child;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What is known of a child at registration or after a correction of their identity: checked for plausibility by
 * {@link ChildRegistry} before it reaches a {@link Child}.
 */
public record ChildFacts(
        String givenNames,
        String familyName,
        List<LatinName> transliterations,
        List<String> aliases,
        Sex sex,
        Optional<LocalDate> birthDate,
        BirthDatePrecision birthDatePrecision,
        NationalityKind nationalityKind,
        Optional<String> nationalityCode,
        Set<String> otherCitizenships,
        Set<String> languages,
        Optional<String> preferredLanguage,
        LocalDate identifiedOn,
        String identifiedPlace,
        Optional<LocalDate> applicationMadeOn) {

    /** The day the legal clock for a guardian starts: identification or application, whichever is earlier. */
    public LocalDate clockStartsOn() {
        return applicationMadeOn.filter(applied -> applied.isBefore(identifiedOn)).orElse(identifiedOn);
    }
}
