package eu.guardian.protection;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.protection.FirewallGuard.Recipient;
import eu.guardian.protection.ProtectionInputs.TracingConclusion;
import eu.guardian.protection.ProtectionInputs.TracingInput;
import eu.guardian.protection.ProtectionInputs.TracingNote;
import eu.guardian.protection.ProtectionRecords.TracingRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Family tracing (2013/33 art 24(3)): requests to a tracing service about named relatives, their updates and outcome.
 * A confidential request is kept from reception staff and guardians: only caseworkers, the authority and auditors see
 * it (it is "not found" to the others).
 */
@Stateless
public class FamilyTracing {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    FirewallGuard firewall;

    @Inject
    DisclosureApprovals approvals;

    @Inject
    Clock clock;

    /** The firewall first, then the rules; to an "other" service the request waits for the authority's approval. */
    @RolesAllowed(Role.Names.CASEWORKER)
    public TracingRecord request(long childId, TracingInput input) {
        Child child = children.childToWorkOn(childId);
        Recipient service = firewall.check(childId, Disclosure.TRACING,
                Optional.of(DisclosurePurpose.FAMILY_REUNIFICATION), input.counterpartId(), input.addressedTo(), null,
                Map.of());
        child.requireOpen();
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().required("addressedTo", service.name())
                .maxLength("addressedTo", service.name(), Checks.NAME_MAX)
                .required("relatives", input.relatives()).maxLength("relatives", input.relatives(), Checks.TEXT_MAX)
                .that(input.reunificationBidId() == null || input.reunificationBidId() > 0, "reunificationBidId",
                        "protection.validation.positive");
        Optional<LocalDate> on = checks.date("requestedOn", input.requestedOn());
        on.ifPresent(day -> checks.notInFuture("requestedOn", day, today));
        checks.throwIfAny();
        TracingRequest request = new TracingRequest(childId, service.counterpartId(), service.name(),
                input.relatives().strip(), Boolean.TRUE.equals(input.confidential()), on.orElse(today),
                Optional.ofNullable(input.reunificationBidId()), currentUser.getName());
        em.persist(request);
        audit.record(AuditAction.CREATE, "TracingRequest", request.getId(), Optional.of(childId), Changes.none()
                .note("addressedTo", request.getAddressedTo()).note("confidential", request.isConfidential())
                .note("status", request.getStatus()));
        if (service.isOther()) {
            approvals.request(childId, Disclosure.TRACING, request.getId(), service);
        }
        return TracingRecord.of(request);
    }

    @RolesAllowed(Role.Names.CASEWORKER)
    public TracingRecord addUpdate(long childId, long requestId, TracingNote input) {
        TracingRequest request = requestOf(childId, requestId);
        Checks checks = new Checks().required("note", input.note()).maxLength("note", input.note(), Checks.TEXT_MAX);
        checks.throwIfAny();
        request.addUpdate(new TracingUpdate(clock.instant(), currentUser.getName(), input.note().strip()));
        audit.record(AuditAction.UPDATE, "TracingRequest", requestId, Optional.of(childId),
                Changes.none().note("update", "added"));
        em.flush();
        return TracingRecord.of(request);
    }

    @RolesAllowed(Role.Names.CASEWORKER)
    public TracingRecord conclude(long childId, long requestId, TracingConclusion input) {
        TracingRequest request = requestOf(childId, requestId);
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().required("outcome", input.outcome())
                .that(input.reunificationBidId() == null || input.reunificationBidId() > 0, "reunificationBidId",
                        "protection.validation.positive");
        Optional<TracingOutcome> outcome = checks.choice(TracingOutcome.class, "outcome", input.outcome());
        Optional<LocalDate> on = checks.date("outcomeOn", input.outcomeOn());
        on.ifPresent(day -> checks.notInFuture("outcomeOn", day, today)
                .notBefore("outcomeOn", day, "requestedOn", request.getRequestedOn()));
        checks.throwIfAny();
        if (!request.isOpen()) {
            throw new Conflict("protection.tracing.concluded", List.of());
        }
        request.concluded(outcome.orElseThrow(), on.orElse(today), Optional.ofNullable(input.reunificationBidId()));
        audit.record(AuditAction.UPDATE, "TracingRequest", requestId, Optional.of(childId),
                Changes.none().field("outcome", null, request.getOutcome()));
        em.flush();
        return TracingRecord.of(request);
    }

    /** The child's tracing requests; confidential ones only for caseworkers, the authority and auditors. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public List<TracingRecord> requests(long childId) {
        children.visibleChild(childId);
        audit.record(AuditAction.READ, "TracingRequest", childId, Optional.of(childId), Changes.none());
        String confidential = maySeeConfidential() ? "" : " AND t.confidential = FALSE";
        return em.createQuery("SELECT t FROM TracingRequest t WHERE t.childId = :child" + confidential
                        + " ORDER BY t.requestedOn DESC, t.id DESC", TracingRequest.class)
                .setParameter("child", childId).getResultList().stream().map(TracingRecord::of).toList();
    }

    private boolean maySeeConfidential() {
        return currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY) || currentUser.has(Role.AUDITOR);
    }

    private TracingRequest requestOf(long childId, long requestId) {
        children.childToWorkOn(childId);
        TracingRequest request = em.find(TracingRequest.class, requestId);
        if (request == null || request.getChildId() != childId) {
            throw new NotFound("Tracing request " + requestId);
        }
        return request;
    }
}
