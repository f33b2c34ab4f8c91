package eu.guardian.platform.reference;

import java.util.List;

/**
 * An administrator created or changed reference data that decides who reaches which child (a region, a care centre,
 * the centres a member of reception staff works at). Fired in the change's transaction; the audit trail records it
 * (platform knows no audit: the audit capability observes this event).
 */
public record ReferenceDataChanged(boolean created, String objectType, String objectId, List<Field> fields) {

    /** One field's value before (null when created) and after. */
    public record Field(String name, Object before, Object after) {
    }

    public ReferenceDataChanged {
        fields = List.copyOf(fields);
    }
}
