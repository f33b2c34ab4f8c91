package eu.guardian.protection;

import eu.guardian.child.ChildNames;
import eu.guardian.child.SignificantChange;
import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.child.LegalStatusKind;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.protection.ProtectionInputs.AnswerInput;
import eu.guardian.protection.ProtectionInputs.NrmInput;
import eu.guardian.protection.ProtectionInputs.OverrideInput;
import eu.guardian.protection.ProtectionInputs.ScreeningInput;
import eu.guardian.protection.ProtectionRecords.NrmRecord;
import eu.guardian.protection.ProtectionRecords.ScreeningRecord;
import eu.guardian.protection.ProtectionRecords.Unscreened;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Trafficking screening (docs/domain-rules.md#trafficking-screening): at registration and after every return from
 * missing. A result with indications refers the child to the National Referral Mechanism, adds the concurrent status
 * "presumed victim of trafficking", opens the recovery-and-reflection period and makes a BIA review due.
 */
@Stateless
public class Screenings {

    /** The NRM agency when the screener names none. */
    public static final String DEFAULT_NRM_AGENCY = "National Referral Mechanism";

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
    Event<SignificantChange> reviewTriggers;

    @Inject
    Clock clock;

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN})
    public ScreeningRecord screen(long childId, ScreeningInput input) {
        Child child = children.childToWorkOn(childId);
        child.requireOpen();
        Checks checks = new Checks().maxLength("nrmAgency", input.nrmAgency(), Checks.NAME_MAX)
                .maxLength("nrmReference", input.nrmReference(), 100);
        Optional<ScreeningOccasion> occasion = input.occasion() == null || input.occasion().isBlank()
                ? Optional.of(ScreeningOccasion.REGISTRATION)
                : checks.choice(ScreeningOccasion.class, "occasion", input.occasion());
        List<IndicatorAnswer> answers = new ArrayList<>();
        Set<Indicator> seen = EnumSet.noneOf(Indicator.class);
        for (AnswerInput answer : input.answersOrEmpty()) {
            checks.required("answers.indicator", answer.indicator()).required("answers.answer", answer.answer())
                    .maxLength("answers.note", answer.note(), Checks.TEXT_MAX);
            Optional<Indicator> indicator = checks.choice(Indicator.class, "answers.indicator", answer.indicator());
            Optional<Answer> value = checks.choice(Answer.class, "answers.answer", answer.answer());
            indicator.ifPresent(i -> checks.that(seen.add(i), "answers.indicator", "protection.validation.twice",
                    i.name()));
            if (indicator.isPresent() && value.isPresent()) {
                answers.add(new IndicatorAnswer(indicator.get(), value.get(), answer.note()));
            }
        }
        checks.that(input.answersOrEmpty().size() == Indicator.values().length || checks.hasErrorFor("answers.indicator"),
                "answers", "protection.validation.allIndicators", Indicator.values().length);
        checks.throwIfAny();
        Screening screening = new Screening(childId, occasion.orElseThrow(), answers, currentUser.getName(),
                clock.instant());
        em.persist(screening);
        audit.record(AuditAction.CREATE, "Screening", screening.getId(), Optional.of(childId), Changes.none()
                .specialCategory("answers", null, "recorded").note("result", screening.result()));
        NrmReferral nrm = screening.result().isPositive()
                ? refer(child, screening, DateTimes.trimmed(input.nrmAgency()), DateTimes.trimmed(input.nrmReference()))
                : null;
        return ScreeningRecord.of(screening, nrm);
    }

    /** A caseworker's judgement replaces the rules' result; raising it to indications refers the child as well. */
    @RolesAllowed(Role.Names.CASEWORKER)
    public ScreeningRecord override(long childId, long screeningId, OverrideInput input) {
        Child child = children.childToWorkOn(childId);
        child.requireOpen();
        Screening screening = screeningOf(childId, screeningId);
        Checks checks = new Checks().required("result", input.result()).required("reason", input.reason())
                .maxLength("reason", input.reason(), Checks.TEXT_MAX);
        Optional<ScreeningResult> result = checks.choice(ScreeningResult.class, "result", input.result());
        checks.throwIfAny();
        if (input.version() != null && input.version() != screening.getVersion()) {
            throw new OptimisticLockException("The screening was changed by someone else");
        }
        ScreeningResult before = screening.result();
        screening.override(result.orElseThrow(), input.reason(), currentUser.getName(), clock.instant());
        audit.record(AuditAction.UPDATE, "Screening", screeningId, Optional.of(childId),
                Changes.none().field("result", before, screening.result()).note("overrideReason", "recorded"));
        NrmReferral nrm = nrmOf(screeningId).orElse(null);
        if (nrm == null && screening.result().isPositive()) {
            nrm = refer(child, screening, null, null);
        }
        em.flush();
        return ScreeningRecord.of(screening, nrm);
    }

    @RolesAllowed(Role.Names.CASEWORKER)
    public NrmRecord recordNrm(long childId, long referralId, NrmInput input) {
        children.childToWorkOn(childId);
        NrmReferral referral = em.find(NrmReferral.class, referralId);
        if (referral == null || referral.getChildId() != childId) {
            throw new NotFound("NRM referral " + referralId);
        }
        Checks checks = new Checks().required("outcome", input.outcome()).maxLength("reference", input.reference(), 100)
                .maxLength("note", input.note(), Checks.TEXT_MAX);
        Optional<NrmOutcome> outcome = checks.choice(NrmOutcome.class, "outcome", input.outcome());
        checks.throwIfAny();
        Changes changes = Changes.none().field("reference", referral.getReference(), DateTimes.trimmed(input.reference()))
                .field("outcome", referral.getOutcome(), outcome.get());
        referral.record(DateTimes.trimmed(input.reference()), outcome.get(), DateTimes.trimmed(input.note()));
        audit.record(AuditAction.UPDATE, "NrmReferral", referralId, Optional.of(childId), changes);
        return NrmRecord.of(referral);
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public List<ScreeningRecord> screenings(long childId) {
        children.visibleChild(childId);
        audit.record(AuditAction.READ, "Screening", childId, Optional.of(childId), Changes.none());
        List<NrmReferral> referrals = em.createQuery("SELECT n FROM NrmReferral n WHERE n.childId = :child",
                NrmReferral.class).setParameter("child", childId).getResultList();
        return em.createQuery("SELECT s FROM Screening s WHERE s.childId = :child ORDER BY s.screenedAt DESC, s.id DESC",
                        Screening.class).setParameter("child", childId).getResultList().stream()
                .map(s -> ScreeningRecord.of(s, referrals.stream()
                        .filter(n -> n.getScreeningId() == s.getId()).findFirst().orElse(null)))
                .toList();
    }

    /**
     * Open cases the caller may see that still need a screening: never screened, or not screened since their latest
     * return from missing. Oldest case first, paged in the database.
     */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public Page<Unscreened> notYetScreened(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        SqlConditions scope = unscreenedScope();
        var select = em.createNativeQuery("SELECT c.id, c.case_number, " + ChildNames.columns("c")
                + ", c.identified_on,"
                + " (SELECT MAX(r.returned_at) FROM missing_episode r WHERE r.child_id = c.id) AS returned_at"
                + " FROM child c" + scope.where() + " ORDER BY c.id LIMIT ? OFFSET ?");
        scope.bindPage(select, pageSize, pageNumber * pageSize);
        List<Unscreened> rows = NativeRows.list(select).stream().map(r -> new Unscreened(r.number("id"),
                r.text("case_number"), ChildNames.fullName(r), r.date("identified_on"),
                r.optionalInstant("returned_at").orElse(null))).toList();
        audit.record(AuditAction.READ, "NotScreenedList", null, Optional.empty(),
                Changes.none().note("page", pageNumber).note("size", pageSize));
        return new Page<>(rows, countUnscreened(scope), pageNumber, pageSize);
    }

    /** How many of the caller's open cases await a screening (counted up to 10 000). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public long notYetScreenedCount() {
        return countUnscreened(unscreenedScope());
    }

    /** NRM referrals made in a period (both days included), for oversight. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long nrmReferralCount(LocalDate from, LocalDate to) {
        SqlConditions scope = new SqlConditions().and("n.referred_on BETWEEN ? AND ?", Date.valueOf(from),
                Date.valueOf(to)).and(access.onChildId("n.child_id"));
        var count = em.createNativeQuery("SELECT COUNT(*) FROM nrm_referral n" + scope.where());
        scope.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private SqlConditions unscreenedScope() {
        return access.conditions().and("c.status = 'OPEN'").and("NOT EXISTS (SELECT 1 FROM"
                + " trafficking_screening s WHERE s.child_id = c.id AND s.screened_at >= COALESCE((SELECT"
                + " MAX(m.returned_at) FROM missing_episode m WHERE m.child_id = c.id), '1000-01-01'))");
    }

    private long countUnscreened(SqlConditions scope) {
        var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM child c" + scope.where() + " LIMIT "
                + Page.COUNT_LIMIT + ") matches");
        scope.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private NrmReferral refer(Child child, Screening screening, String agency, String reference) {
        LocalDate today = LocalDate.now(clock);
        NrmReferral referral = new NrmReferral(child.getId(), screening.getId(),
                agency == null ? DEFAULT_NRM_AGENCY : agency, today, reference,
                settings.value(SettingKey.REFLECTION_PERIOD_DAYS), currentUser.getName(), clock.instant());
        em.persist(referral);
        boolean presumed = child.getLegalStatuses().stream().anyMatch(s ->
                s.getKind() == LegalStatusKind.PRESUMED_TRAFFICKING_VICTIM && s.isCurrentOn(today));
        if (!presumed) {
            child.addLegalStatus(LegalStatusKind.PRESUMED_TRAFFICKING_VICTIM, today, Optional.empty());
        }
        audit.record(AuditAction.CREATE, "NrmReferral", referral.getId(), Optional.of(child.getId()), Changes.none()
                .note("agency", referral.getAgency()).note("reflectionEndsOn", referral.getReflectionEndsOn())
                .note("legalStatus", presumed ? "already presumed victim" : LegalStatusKind.PRESUMED_TRAFFICKING_VICTIM));
        reviewTriggers.fire(new SignificantChange(child.getId(),
                SignificantChange.Reason.POSITIVE_TRAFFICKING_SCREENING));
        return referral;
    }

    private Screening screeningOf(long childId, long screeningId) {
        Screening screening = em.find(Screening.class, screeningId);
        if (screening == null || screening.getChildId() != childId) {
            throw new NotFound("Screening " + screeningId);
        }
        return screening;
    }

    private Optional<NrmReferral> nrmOf(long screeningId) {
        return em.createQuery("SELECT n FROM NrmReferral n WHERE n.screeningId = :s", NrmReferral.class)
                .setParameter("s", screeningId).setMaxResults(1).getResultList().stream().findFirst();
    }
}
