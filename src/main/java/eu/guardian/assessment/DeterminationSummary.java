package eu.guardian.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A determination in the child's list: what, where it stands, and the outcome (no panel content). */
public record DeterminationSummary(long id, DeterminationSubject subject, Determination.Status status,
        String convener, Instant createdAt, Outcome outcome, LocalDate reviewOn) implements Serializable {

    static DeterminationSummary of(Determination d) {
        return new DeterminationSummary(d.getId(), d.getSubject(), d.getStatus(), d.getConvener(), d.getCreatedAt(),
                d.outcome().orElse(null), d.reviewOn().orElse(null));
    }
}
