package eu.guardian.visit;

import java.util.List;

/**
 * A visit as a page or the API sends it. {@code occurredAt} is ISO-8601: with an offset or Z
 * (2026-11-28T10:15:00Z), or without one, then read as UTC. Follow-ups and concerns are optional.
 */
public record VisitInput(String occurredAt, String mode, String place, Integer durationMinutes, String present,
        Boolean seenAlone, String interpreterLanguage, String interpreter, String childViews, Integer wellbeing,
        String wellbeingNotes, String notes, List<String> topics, List<FollowUpInput> followUps,
        List<ConcernInput> concerns) {

    public record FollowUpInput(String action, String owner, String dueOn) {
    }

    public record ConcernInput(String type, String urgency, String description) {
    }
}
