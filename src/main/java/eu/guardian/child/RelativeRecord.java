package eu.guardian.child;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * A relative as a child's file shows it (docs/domain-rules.md#siblings-and-relatives). The names are given only to
 * those who may see the relative's own file; {@code placeTogether} suggests placing them together when they live apart
 * and no separation was recorded.
 */
public record RelativeRecord(long relativeId, String caseNumber, String fullName, RelationKind kind,
        boolean samePlacement, boolean placeTogether, String separationReason, LocalDate separatedOn)
        implements Serializable {
}
