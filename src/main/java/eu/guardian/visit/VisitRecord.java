package eu.guardian.visit;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** A visit entry as pages and the API show it, with what the caller may still do with it. */
public record VisitRecord(long id, long childId, String author, String authorRole, Instant occurredAt,
        VisitMode mode, String place, int durationMinutes, String present, boolean seenAlone,
        String interpreterLanguage, String interpreter, String childViews, Integer wellbeing, String wellbeingNotes,
        String notes, Set<Topic> topics, Instant recordedAt, Instant correctedAt, Instant correctableUntil,
        boolean mayCorrect, boolean mayAddAddendum, long version, List<FollowUpRecord> followUps,
        List<AddendumRecord> addenda, List<ConcernRecord> concerns) implements Serializable {

    public record FollowUpRecord(long id, String action, String owner, LocalDate dueOn, LocalDate doneOn,
            String doneBy, boolean overdue) implements Serializable {
    }

    public record AddendumRecord(long id, String text, Instant writtenAt, String writtenBy) implements Serializable {
    }

    static VisitRecord of(Visit visit, ContactRules rules, String caller, Instant now, LocalDate today,
            List<ConcernRecord> concerns) {
        VisitFacts f = visit.facts();
        return new VisitRecord(visit.getId(), visit.getChildId(), visit.getAuthor(), visit.getAuthorRole(),
                f.occurredAt(), f.mode(), f.place().orElse(null), f.durationMinutes(), f.present().orElse(null),
                f.seenAlone(), f.interpreterLanguage().orElse(null), f.interpreter().orElse(null),
                f.childViews().orElse(null), f.wellbeing().orElse(null), f.wellbeingNotes().orElse(null),
                f.notes().orElse(null), f.topics(), visit.getRecordedAt(), visit.correctedAt().orElse(null),
                rules.correctableUntil(visit.getRecordedAt()),
                rules.mayCorrect(visit.getAuthor(), visit.getRecordedAt(), caller, now),
                rules.mayAddAddendum(visit.getAuthor(), visit.getRecordedAt(), caller, now), visit.getVersion(),
                visit.getFollowUps().stream().map(u -> new FollowUpRecord(u.getId(), u.getAction(), u.getOwner(),
                        u.getDueOn(), u.doneOn().orElse(null), u.getDoneBy(),
                        !u.isDone() && ContactRules.isOverdue(u.getDueOn(), today))).toList(),
                visit.getAddenda().stream().map(a -> new AddendumRecord(a.getId(), a.getText(), a.getWrittenAt(),
                        a.getWrittenBy())).toList(),
                concerns);
    }
}
