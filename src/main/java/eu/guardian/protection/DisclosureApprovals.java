package eu.guardian.protection;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.ChildAccess;
import eu.guardian.platform.notification.NotificationKind;
import eu.guardian.platform.notification.NotificationRequested;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.protection.FirewallGuard.Recipient;
import eu.guardian.protection.ProtectionInputs.ApprovalDecision;
import eu.guardian.protection.ProtectionRecords.ApprovalRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Disclosures to an "other" recipient (not in the counterpart registry) wait here for the authority (docs/firewall.md):
 * approved, they leave (a handover's package may be downloaded and confirmed, a referral is sent, a tracing request
 * goes out, that day); refused, they never do.
 */
@Stateless
public class DisclosureApprovals {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Event<NotificationRequested> notifications;

    @Inject
    Clock clock;

    /** Called by the service that made the disclosure, in its transaction. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN})
    public void request(long childId, Disclosure disclosure, long disclosureId, Recipient recipient) {
        DisclosureApproval approval = new DisclosureApproval(childId, disclosure, disclosureId, recipient.name(),
                Optional.ofNullable(recipient.country()), currentUser.getName(), clock.instant());
        em.persist(approval);
        audit.record(AuditAction.CREATE, "DisclosureApproval", approval.getId(), Optional.of(childId),
                Changes.none().note("disclosure", disclosure).note("recipient", recipient.name()));
        notifications.fire(NotificationRequested.toRole(Role.AUTHORITY, NotificationKind.OTHER, Optional.of(childId),
                "protection.approval.notice", disclosure.name()));
    }

    /** The disclosures in a state ({@code PENDING} by default), oldest first, paged in the database. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<ApprovalRecord> list(String status, int page, int size) {
        Checks checks = new Checks();
        ApprovalStatus wanted = checks.choice(ApprovalStatus.class, "status", status).orElse(ApprovalStatus.PENDING);
        checks.throwIfAny();
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        SqlConditions scope = access.conditions().and("a.status = ?", wanted.name());
        var select = em.createNativeQuery("SELECT a.id, a.child_id, c.case_number, a.disclosure, a.disclosure_id,"
                + " a.recipient, a.recipient_country, a.requested_at, a.requested_by, a.status, a.decided_at,"
                + " a.decided_by, a.decision_note, a.version FROM disclosure_approval a JOIN child c"
                + " ON c.id = a.child_id" + scope.where() + " ORDER BY a.requested_at, a.id LIMIT ? OFFSET ?");
        scope.bindPage(select, pageSize, pageNumber * pageSize);
        List<ApprovalRecord> rows = NativeRows.list(select).stream().map(DisclosureApprovals::record).toList();
        audit.record(AuditAction.READ, "DisclosureApprovalList", wanted.name(), Optional.empty(),
                Changes.none().note("children", rows.stream().map(ApprovalRecord::childId).distinct().toList()));
        return new Page<>(rows, count(scope), pageNumber, pageSize);
    }

    /** Disclosures waiting for the authority (for dashboards). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long pendingCount() {
        return count(access.conditions().and("a.status = ?", ApprovalStatus.PENDING.name()));
    }

    /** Approves or refuses, once; the disclosure follows at once. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public ApprovalRecord decide(long approvalId, ApprovalDecision input) {
        DisclosureApproval approval = em.find(DisclosureApproval.class, approvalId);
        if (approval == null) {
            throw new NotFound("Disclosure approval " + approvalId);
        }
        Checks checks = new Checks().required("approved", input.approved())
                .maxLength("note", input.note(), Checks.TEXT_MAX);
        checks.that(Boolean.TRUE.equals(input.approved()) || DateTimes.trimmed(input.note()) != null, "note",
                "protection.approval.reasonRequired");
        checks.throwIfAny();
        if (input.version() != null && input.version() != approval.getVersion()) {
            throw new OptimisticLockException("The approval was decided by someone else");
        }
        if (!approval.isPending()) {
            throw new Conflict("protection.approval.decided", List.of());
        }
        boolean approved = input.approved();
        approval.decided(approved, DateTimes.trimmed(input.note()), currentUser.getName(), clock.instant());
        release(approval, approved);
        audit.record(AuditAction.UPDATE, "DisclosureApproval", approvalId, Optional.of(approval.getChildId()),
                Changes.none().field("status", ApprovalStatus.PENDING, approval.getStatus())
                        .note("disclosure", approval.getDisclosure()).note("recipient", approval.getRecipient()));
        em.flush();
        return record(approval, caseNumber(approval.getChildId()));
    }

    private void release(DisclosureApproval approval, boolean approved) {
        LocalDate today = LocalDate.now(clock);
        long id = approval.getDisclosureId();
        Optional<Long> child = Optional.of(approval.getChildId());
        switch (approval.getDisclosure()) {
            case HANDOVER -> {
                Handover handover = em.find(Handover.class, id);
                if (approved) {
                    handover.approved();
                    audit.record(AuditAction.EXPORT, "Handover", id, child, Changes.none()
                            .note("purpose", handover.getPurpose()).note("recipient", handover.getRecipient())
                            .note("recipientCountry", handover.getRecipientCountry()).note("approval", approval.getId()));
                } else {
                    handover.notApproved();
                }
            }
            case REFERRAL -> {
                AgencyReferral referral = em.find(AgencyReferral.class, id);
                if (approved) {
                    referral.approved(today, settings.value(SettingKey.REFERRAL_ANSWER_DAYS));
                } else {
                    referral.notApproved();
                }
                audit.record(AuditAction.UPDATE, "Referral", id, child, Changes.none()
                        .field("status", ReferralStatus.AWAITING_APPROVAL, referral.getStatus()));
            }
            case TRACING -> {
                TracingRequest request = em.find(TracingRequest.class, id);
                if (approved) {
                    request.approved(today);
                } else {
                    request.notApproved();
                }
                audit.record(AuditAction.UPDATE, "TracingRequest", id, child, Changes.none()
                        .field("status", TracingStatus.AWAITING_APPROVAL, request.getStatus()));
            }
            default -> throw new IllegalStateException("Unknown disclosure " + approval.getDisclosure());
        }
    }

    private long count(SqlConditions scope) {
        var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM disclosure_approval a JOIN child c"
                + " ON c.id = a.child_id" + scope.where() + " LIMIT " + Page.COUNT_LIMIT + ") matches");
        scope.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private String caseNumber(long childId) {
        return (String) em.createNativeQuery("SELECT case_number FROM child WHERE id = ?").setParameter(1, childId)
                .getSingleResult();
    }

    private static ApprovalRecord record(DisclosureApproval a, String caseNumber) {
        return new ApprovalRecord(a.getId(), a.getChildId(), caseNumber, a.getDisclosure(), a.getDisclosureId(),
                a.getRecipient(), a.getRecipientCountry(), a.getRequestedAt(), a.getRequestedBy(), a.getStatus(),
                a.getDecidedAt(), a.getDecidedBy(), a.getDecisionNote(), a.getVersion());
    }

    private static ApprovalRecord record(Row row) {
        return new ApprovalRecord(row.number("id"), row.number("child_id"), row.text("case_number"),
                row.enumValue("disclosure", Disclosure.class), row.number("disclosure_id"), row.text("recipient"),
                row.optionalText("recipient_country").orElse(null), row.instant("requested_at"),
                row.text("requested_by"), row.enumValue("status", ApprovalStatus.class),
                row.optionalInstant("decided_at").orElse(null), row.optionalText("decided_by").orElse(null),
                row.optionalText("decision_note").orElse(null), row.number("version"));
    }
}
