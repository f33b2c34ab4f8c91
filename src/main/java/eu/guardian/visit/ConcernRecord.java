package eu.guardian.visit;

import java.io.Serializable;
import java.time.Instant;

/** A concern as lists and the API show it (the child named by case number only). */
public record ConcernRecord(long id, long visitId, long childId, String caseNumber, ConcernType type,
        Urgency urgency, String description, ConcernStatus status, Instant raisedAt, String raisedBy,
        Instant acknowledgedAt, String acknowledgedBy, String outcome, Instant outcomeAt, String outcomeBy,
        Instant escalatedAt, long version) implements Serializable {

    static ConcernRecord of(Concern c, String caseNumber) {
        return new ConcernRecord(c.getId(), c.getVisitId(), c.getChildId(), caseNumber, c.getType(), c.getUrgency(),
                c.getDescription(), c.getStatus(), c.getRaisedAt(), c.getRaisedBy(),
                c.acknowledgedAt().orElse(null), c.getAcknowledgedBy(), c.getOutcome(), c.outcomeAt().orElse(null),
                c.getOutcomeBy(), c.escalatedAt().orElse(null), c.getVersion());
    }
}
