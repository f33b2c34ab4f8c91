package eu.guardian.oversight.breach;

import java.io.Serializable;
import java.time.Instant;

/** A breach of the register as pages and the API show it. */
public record DataBreachRecord(long id, Instant foundAt, String description, int childrenAffected, String measures,
        String recordedBy, Instant notifyBy, Instant supervisoryNotifiedAt, String supervisoryReference,
        boolean overdue, long version) implements Serializable {

    static DataBreachRecord of(DataBreach b, Instant now) {
        return new DataBreachRecord(b.getId(), b.getFoundAt(), b.getDescription(), b.getChildrenAffected(),
                b.measures().orElse(null), b.getRecordedBy(), b.notifyBy(), b.supervisoryNotifiedAt().orElse(null),
                b.supervisoryReference().orElse(null), b.isOverdue(now), b.getVersion());
    }
}
