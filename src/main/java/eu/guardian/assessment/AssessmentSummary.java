package eu.guardian.assessment;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** One assessment in a child's list. */
public record AssessmentSummary(long id, AssessmentKind kind, AssessmentStatus status, String author,
        Instant createdAt, Long amendsId, Instant decidedAt, LocalDate nextReviewOn) implements Serializable {

    static AssessmentSummary of(Assessment a) {
        return new AssessmentSummary(a.getId(), a.getKind(), a.getStatus(), a.getAuthor(), a.getCreatedAt(),
                a.amendsId().orElse(null), a.decidedAt().orElse(null), a.nextReviewOn().orElse(null));
    }
}
