package eu.guardian.careplan;

/**
 * A care-plan item as typed in (API and pages): dates as ISO text. A blank {@code dueOn} takes the type's legal
 * default where it has one. A new item starts as planned (status and outcome are for changes); {@code version} is
 * the version read, for changes (optimistic locking).
 */
public record CarePlanItemInput(String type, String agency, String responsiblePerson, String dueOn, String status,
        String outcome, Long version) {
}
