package eu.guardian.visit;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/** What a visit entry says, checked: the service builds it from the input once every rule holds. */
record VisitFacts(Instant occurredAt, VisitMode mode, Optional<String> place, int durationMinutes,
        Optional<String> present, boolean seenAlone, Optional<String> interpreterLanguage,
        Optional<String> interpreter, Optional<String> childViews, Optional<Integer> wellbeing,
        Optional<String> wellbeingNotes, Optional<String> notes, Set<Topic> topics) {
}
