package eu.guardian.protection;

import eu.guardian.child.ChildNames;
import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.protection.FirewallGuard.Recipient;
import eu.guardian.protection.ProtectionInputs.ReferralAnswer;
import eu.guardian.protection.ProtectionInputs.ReferralCompletion;
import eu.guardian.protection.ProtectionInputs.ReferralInput;
import eu.guardian.protection.ProtectionRecords.OverdueReferral;
import eu.guardian.protection.ProtectionRecords.ReferralRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Referrals of a child to agencies: only with the child's or the guardian's recorded consent or a documented legal
 * basis; followed from sent to accepted or rejected and completed, and overdue when the agency does not answer in
 * time (setting).
 */
@Stateless
public class Referrals {

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    ChildAccess access;

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    FirewallGuard firewall;

    @Inject
    DisclosureApprovals approvals;

    @Inject
    Clock clock;

    /**
     * The firewall first (the agency and the legal basis; not the purpose, which may rightly speak of deportation:
     * legal aid against it), then the rules. To an "other" agency the referral waits for the authority's approval.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN})
    public ReferralRecord refer(long childId, ReferralInput input) {
        Child child = children.childToWorkOn(childId);
        Recipient agency = firewall.check(childId, Disclosure.REFERRAL, Optional.empty(), input.counterpartId(),
                input.agencyName(), null, FirewallGuard.texts("legalBasis", input.legalBasis()));
        child.requireOpen();
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().required("agencyKind", input.agencyKind()).required("agencyName", agency.name())
                .maxLength("agencyName", agency.name(), Checks.NAME_MAX).required("purpose", input.purpose())
                .maxLength("purpose", input.purpose(), Checks.TEXT_MAX)
                .maxLength("legalBasis", input.legalBasis(), 500);
        Optional<AgencyKind> kind = checks.choice(AgencyKind.class, "agencyKind", input.agencyKind());
        Optional<LocalDate> sentOn = checks.date("sentOn", input.sentOn());
        sentOn.ifPresent(day -> checks.notInFuture("sentOn", day, today));
        Consent consent = Consent.of(input.childConsent(), input.guardianConsent(), input.legalBasis());
        checks.that(consent.isGiven(), "consent", "protection.referral.consentRequired");
        checks.throwIfAny();
        AgencyReferral referral = new AgencyReferral(childId, agency.counterpartId(), kind.orElseThrow(),
                agency.name(), input.purpose().strip(), consent, sentOn.orElse(today),
                settings.value(SettingKey.REFERRAL_ANSWER_DAYS), currentUser.getName());
        em.persist(referral);
        audit.record(AuditAction.CREATE, "Referral", referral.getId(), Optional.of(childId), Changes.none()
                .note("agencyKind", referral.getAgencyKind()).note("agencyName", referral.getAgencyName())
                .note("consent", consentNote(consent)).note("status", referral.getStatus()));
        if (agency.isOther()) {
            approvals.request(childId, Disclosure.REFERRAL, referral.getId(), agency);
        }
        return ReferralRecord.of(referral, today);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN})
    public ReferralRecord answer(long childId, long referralId, ReferralAnswer input) {
        AgencyReferral referral = referralOf(childId, referralId);
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().required("accepted", input.accepted()).maxLength("note", input.note(),
                Checks.TEXT_MAX);
        Optional<LocalDate> on = checks.date("answeredOn", input.answeredOn());
        on.ifPresent(day -> checks.notInFuture("answeredOn", day, today)
                .notBefore("answeredOn", day, "sentOn", referral.getSentOn()));
        checks.throwIfAny();
        if (referral.getStatus() != ReferralStatus.SENT) {
            throw new Conflict("protection.referral.notSent", List.of());
        }
        referral.answered(input.accepted(), on.orElse(today), DateTimes.trimmed(input.note()));
        audit.record(AuditAction.UPDATE, "Referral", referralId, Optional.of(childId),
                Changes.none().field("status", ReferralStatus.SENT, referral.getStatus()));
        em.flush();
        return ReferralRecord.of(referral, today);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN})
    public ReferralRecord complete(long childId, long referralId, ReferralCompletion input) {
        AgencyReferral referral = referralOf(childId, referralId);
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().required("outcome", input.outcome()).maxLength("outcome", input.outcome(),
                Checks.TEXT_MAX);
        Optional<LocalDate> on = checks.date("completedOn", input.completedOn());
        on.ifPresent(day -> checks.notInFuture("completedOn", day, today));
        checks.throwIfAny();
        if (referral.getStatus() != ReferralStatus.ACCEPTED) {
            throw new Conflict("protection.referral.notAccepted", List.of());
        }
        referral.completed(on.orElse(today), input.outcome().strip());
        audit.record(AuditAction.UPDATE, "Referral", referralId, Optional.of(childId),
                Changes.none().field("status", ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED));
        em.flush();
        return ReferralRecord.of(referral, today);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public List<ReferralRecord> referrals(long childId) {
        children.visibleChild(childId);
        audit.record(AuditAction.READ, "Referral", childId, Optional.of(childId), Changes.none());
        LocalDate today = LocalDate.now(clock);
        return em.createQuery("SELECT r FROM AgencyReferral r WHERE r.childId = :child ORDER BY r.sentOn DESC, r.id DESC",
                        AgencyReferral.class).setParameter("child", childId).getResultList().stream()
                .map(r -> ReferralRecord.of(r, today)).toList();
    }

    /** Referrals still unanswered after their due day, most overdue first, among the children the caller may see. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<OverdueReferral> overdue(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = LocalDate.now(clock);
        SqlConditions scope = overdueScope(today);
        var select = em.createNativeQuery("SELECT r.id AS referral_id, c.id AS child_id, c.case_number,"
                + " " + ChildNames.columns("c") + ", r.agency_kind, r.agency_name, r.sent_on, r.answer_due_on"
                + " FROM agency_referral r JOIN child c ON c.id = r.child_id" + scope.where()
                + " ORDER BY r.answer_due_on, r.id LIMIT ? OFFSET ?");
        scope.bindPage(select, pageSize, pageNumber * pageSize);
        List<OverdueReferral> rows = NativeRows.list(select).stream().map(r -> new OverdueReferral(
                r.number("referral_id"), r.number("child_id"), r.text("case_number"),
                ChildNames.fullName(r), r.enumValue("agency_kind", AgencyKind.class),
                r.text("agency_name"), r.date("sent_on"), r.date("answer_due_on"),
                ChronoUnit.DAYS.between(r.date("answer_due_on"), today))).toList();
        audit.record(AuditAction.READ, "ReferralList", "overdue", Optional.empty(),
                Changes.none().note("children", rows.stream().map(OverdueReferral::childId).toList()));
        return new Page<>(rows, countOverdue(scope), pageNumber, pageSize);
    }

    /** Referrals unanswered after their due day (for dashboards). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long overdueCount() {
        return countOverdue(overdueScope(LocalDate.now(clock)));
    }

    private SqlConditions overdueScope(LocalDate today) {
        return access.conditions().and("r.status = 'SENT'").and("r.answer_due_on < ?",
                Date.valueOf(today));
    }

    private long countOverdue(SqlConditions scope) {
        var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM agency_referral r JOIN child c"
                + " ON c.id = r.child_id" + scope.where() + " LIMIT " + Page.COUNT_LIMIT + ") matches");
        scope.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private AgencyReferral referralOf(long childId, long referralId) {
        children.childToWorkOn(childId);
        AgencyReferral referral = em.find(AgencyReferral.class, referralId);
        if (referral == null || referral.getChildId() != childId) {
            throw new NotFound("Referral " + referralId);
        }
        return referral;
    }

    static String consentNote(Consent consent) {
        return (consent.child() ? "child " : "") + (consent.guardian() ? "guardian " : "")
                + (consent.legalBasis().isPresent() ? "legal basis" : "");
    }
}
