package eu.guardian.careplan;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A care-plan item as pages and the API show it, with its overdue flag worked out for today. */
public record CarePlanItemRecord(long id, long childId, CarePlanItemType type, String agency,
        String responsiblePerson, LocalDate dueOn, boolean dueFromRule, CarePlanStatus status, String outcome,
        boolean overdue, Instant updatedAt, String updatedBy, long version) implements Serializable {

    static CarePlanItemRecord of(CarePlanItem item, LocalDate today) {
        return new CarePlanItemRecord(item.getId(), item.getChildId(), item.getType(), item.agency().orElse(null),
                item.responsiblePerson().orElse(null), item.getDueOn(), item.isDueFromRule(), item.getStatus(),
                item.outcome().orElse(null), item.isOverdueOn(today), item.getUpdatedAt(), item.getUpdatedBy(),
                item.getVersion());
    }
}
