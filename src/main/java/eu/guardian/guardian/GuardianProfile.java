package eu.guardian.guardian;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** A guardian's particulars as the authority enters them. */
public record GuardianProfile(
        GuardianKind kind,
        String name,
        Optional<String> actingPerson,
        Optional<String> email,
        Optional<String> phone,
        String region,
        OptionalInt caseloadCap,
        Set<String> languages) {
}
