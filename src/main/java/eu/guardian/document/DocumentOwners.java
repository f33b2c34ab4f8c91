package eu.guardian.document;

import eu.guardian.assessment.Assessment;
import eu.guardian.assessment.Assessments;
import eu.guardian.audit.RefusedAccess;
import eu.guardian.child.CaseStatus;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.complaint.Complaint;
import eu.guardian.complaint.Complaints;
import eu.guardian.platform.validation.AccessRefused;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import eu.guardian.visit.Visit;
import eu.guardian.visit.Visits;
import jakarta.ejb.Stateless;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/**
 * Who may see and add documents: exactly who may see and change the record they belong to, as that record's own
 * capability decides (docs/documents.md, "Who sees what"). Seeing is asked of the owner's service (a visit of
 * {@link Visits}, a complaint of {@link Complaints}...), whose refusals are "not found"; adding follows the record's
 * change rule; health documents follow {@link ChildAccess#maySeeHealthRecords}.
 */
@Stateless
@PermitAll // every caller is checked row by row here; the roles are the calling service's
public class DocumentOwners {

    /** The record as the caller may use it: its child, whether they may add (and delete), and see health ones. */
    public record Owner(AttachedRecord record, Child child, boolean mayAdd, boolean maySeeHealth) {
        public long childId() {
            return child.getId();
        }
    }

    @Inject
    ChildRegistry children;

    @Inject
    ChildAccess access;

    @Inject
    Visits visits;

    @Inject
    Assessments assessments;

    @Inject
    Complaints complaints;

    @Inject
    CurrentUser currentUser;

    @Inject
    RefusedAccess refusals;

    @PersistenceContext
    EntityManager em;

    /** The record if the caller may see it; "not found" otherwise (as its own capability answers). */
    public Owner visible(AttachedRecord record) {
        return switch (record.kind()) {
            case FILE -> ofChild(record, children.visibleChild(record.id()), true);
            case VISIT -> {
                requireCaseRole(record);
                Visit visit = visits.visibleEntry(record.id());
                yield ofChild(record, children.visibleChild(visit.getChildId()),
                        visit.getAuthor().equals(currentUser.getName()));
            }
            case ASSESSMENT -> {
                requireCaseRole(record);
                Assessment assessment = assessments.visible(record.id());
                yield ofChild(record, children.visibleChild(assessment.getChildId()),
                        assessment.getStatus().editable() && (currentUser.has(Role.CASEWORKER)
                                || currentUser.has(Role.AUTHORITY)));
            }
            case MISSING_EPISODE -> {
                // Read by its table: protection uses this capability (handover packages), not the other way round.
                List<?> child = em.createNativeQuery("SELECT child_id FROM missing_episode WHERE id = ?")
                        .setParameter(1, record.id()).getResultList();
                if (child.isEmpty()) {
                    throw new NotFound("Missing episode " + record.id());
                }
                // as protection.MissingChildren: reports and updates are caseworkers' and reception's (own centre)
                yield ofChild(record, children.visibleChild(((Number) child.get(0)).longValue()),
                        currentUser.has(Role.CASEWORKER) || currentUser.has(Role.RECEPTION));
            }
            case COMPLAINT -> {
                // A complaint is seen by its own rule (its lodger, say, even when the child is no longer in reach).
                Complaint complaint = complaints.visibleEntry(record.id());
                Child child = em.find(Child.class, complaint.getChildId());
                boolean mayAdd = !complaint.isClosed() && (currentUser.has(Role.AUTHORITY)
                        || complaint.getLodgedBy().equals(currentUser.getName()));
                yield new Owner(record, child, mayAdd && child.getStatus() == CaseStatus.OPEN,
                        access.maySeeHealthRecords(child));
            }
        };
    }

    /**
     * The record if the caller may add a document of this category to it (or delete one): refused (403, noted for
     * the trail) when they may see the record but not change it, or may not see the category; a closed case is a
     * conflict.
     */
    public Owner changeable(AttachedRecord record, DocumentCategory category) {
        Owner owner = visible(record);
        owner.child().requireOpen();
        if (!owner.mayAdd() || category == DocumentCategory.HEALTH && !owner.maySeeHealth()) {
            refusals.childRefused(owner.childId(), "CHANGE");
            throw new AccessRefused("This caller may not add documents to this record");
        }
        return owner;
    }

    /**
     * Visits and assessments are not reception's to see at all (their services' roles): to reception staff they are
     * "not found", like anything else out of reach, rather than a refusal that would tell them the record exists.
     */
    private void requireCaseRole(AttachedRecord record) {
        if (!(currentUser.has(Role.GUARDIAN) || currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.AUDITOR))) {
            throw new NotFound(record.kind() + " " + record.id());
        }
    }

    /** For the file and the records within it: the record's own rule, and the case's (who may work on it, open). */
    private Owner ofChild(AttachedRecord record, Child child, boolean recordRule) {
        boolean mayAdd = recordRule && access.mayWorkOn(child) && child.getStatus() == CaseStatus.OPEN;
        return new Owner(record, child, mayAdd, access.maySeeHealthRecords(child));
    }
}
