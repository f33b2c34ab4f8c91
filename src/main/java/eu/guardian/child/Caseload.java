package eu.guardian.child;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.validation.AccessRefused;
import eu.guardian.platform.validation.Checks;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

/**
 * The responsible caseworker of a case and a caseworker's caseload (docs/domain-rules.md#responsible-caseworker).
 * A caseworker takes a case on themselves; the authority assigns any caseworker. "My cases" is paged in the database
 * (index on responsible_caseworker, status, id), within the caller's reach, one audit entry per page.
 */
@Stateless
public class Caseload {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    ChildAccess access;

    @Inject
    CurrentGuardians currentGuardians;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public ChildFile assign(long childId, String username) {
        Checks checks = new Checks().required("username", username == null || username.isBlank() ? null : username)
                .maxLength("username", username, 255);
        checks.throwIfAny();
        String caseworker = username.strip();
        if (!currentUser.has(Role.AUTHORITY) && !caseworker.equals(currentUser.getName())) {
            throw new AccessRefused("A caseworker takes a case on themselves; the authority assigns others");
        }
        Child child = children.childToWorkOn(childId);
        Optional<String> before = child.responsibleCaseworker();
        child.assignResponsibleCaseworker(caseworker);
        audit.record(AuditAction.UPDATE, "Child", childId, Optional.of(childId),
                Changes.none().field("responsibleCaseworker", before.orElse(null), caseworker));
        return ChildFile.of(child, LocalDate.now(clock), true);
    }

    /** The caller's open cases as responsible caseworker, by case number. */
    @RolesAllowed(Role.Names.CASEWORKER)
    public Page<ChildSummary> myCases(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        ChildListQuery query = new ChildListQuery(access.conditions().and("c.status = 'OPEN'")
                .and("c.responsible_caseworker = ?", currentUser.getName()), ChildFilter.none(), currentGuardians,
                LocalDate.now(clock));
        audit.record(AuditAction.READ, "Caseload", "page " + pageNumber, Optional.empty(), Changes.none());
        return new Page<>(query.page(em, "c.id ASC", pageSize, pageNumber * pageSize), query.count(em), pageNumber,
                pageSize);
    }

    /** How many open cases the caller is responsible for (the count of "My cases"; the pages are audited). */
    @RolesAllowed(Role.Names.CASEWORKER)
    public long countMyCases() {
        return new ChildListQuery(access.conditions().and("c.status = 'OPEN'")
                .and("c.responsible_caseworker = ?", currentUser.getName()), ChildFilter.none(), currentGuardians,
                LocalDate.now(clock)).count(em);
    }
}
