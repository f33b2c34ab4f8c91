package eu.guardian.child;

import java.util.Optional;

/** What the children list is narrowed to; every part is optional. */
public record ChildFilter(Optional<String> name, Optional<String> caseNumber, Optional<String> nationalityCode,
        Optional<CaseStatus> status, Optional<Long> guardianId, Optional<Boolean> awaitingGuardian) {

    public static ChildFilter none() {
        return new ChildFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }
}
