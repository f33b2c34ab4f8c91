package eu.guardian.audit;

import eu.guardian.platform.reference.ReferenceDataChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Records changes of the reference data that decides who reaches which child (regions, care centres, the centres of
 * reception staff), in the transaction of the change, as the platform announces them.
 */
@ApplicationScoped
public class ReferenceDataAudit {

    @Inject
    AuditTrail trail;

    void onChange(@Observes ReferenceDataChanged change) {
        Changes changes = Changes.none();
        change.fields().forEach(field -> changes.field(field.name(), field.before(), field.after()));
        trail.record(change.created() ? AuditAction.CREATE : AuditAction.UPDATE, change.objectType(),
                change.objectId(), Optional.empty(), changes);
    }
}
