package eu.guardian.assessment;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Best-interests determinations by a multidisciplinary panel. The convener (caseworker or authority) names the panel;
 * each member signs a confidentiality undertaking before the file opens to them, then records a position with reasons;
 * the convener records the decision once the quorum and a majority are there ({@link PanelRules}, numbers from the
 * settings). Readers of a determination: its members who signed, its convener, auditors. Nothing here blocks any other
 * step on the child's case (placements, missing reports, screenings go on while a determination is pending).
 */
@Stateless
public class Determinations {


    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    /** The panel rules as the settings have them now. */
    @jakarta.annotation.security.PermitAll
    public PanelRules rules() {
        return new PanelRules(settings.value(SettingKey.BID_MIN_MEMBERS),
                settings.value(SettingKey.BID_MIN_DISCIPLINES), settings.value(SettingKey.BID_QUORUM_PERCENT),
                settings.value(SettingKey.BID_MAJORITY_PERCENT));
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public DeterminationRecord create(long childId, DeterminationInput input) {
        Child child = children.childToWorkOn(childId);
        Checks checks = new Checks().required("subject", input.subject()).required("proposal", input.proposal())
                .maxLength("proposal", input.proposal(), Assessments.LONG_TEXT_MAX);
        Optional<DeterminationSubject> subject = checks.choice(DeterminationSubject.class, "subject",
                input.subject());
        List<PanelRules.Seat> seats = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (DeterminationInput.MemberInput m : input.membersOrEmpty()) {
            checks.required("members.username", m.username()).maxLength("members.username", m.username(), 255)
                    .required("members.name", m.name()).maxLength("members.name", m.name(), Checks.NAME_MAX)
                    .required("members.discipline", m.discipline());
            Optional<Discipline> discipline = checks.choice(Discipline.class, "members.discipline", m.discipline());
            if (m.username() != null && !m.username().isBlank() && m.name() != null && !m.name().isBlank()
                    && discipline.isPresent()) {
                seats.add(new PanelRules.Seat(m.username().strip(), discipline.get(), Optional.empty()));
                names.add(m.name().strip());
            }
        }
        PanelRules rules = rules();
        for (String problem : rules.compositionProblems(seats)) {
            checks.that(false, "members", problem, rules.minMembers(), rules.minDisciplines());
        }
        checks.throwIfAny();
        child.requireOpen();
        Determination determination = new Determination(childId, subject.orElseThrow(), input.proposal().strip(),
                currentUser.getName(), clock.instant(), seats, names);
        em.persist(determination);
        em.flush();
        audit.record(AuditAction.CREATE, "BestInterestsDetermination", determination.getId(), Optional.of(childId),
                Changes.none().note("subject", determination.getSubject())
                        .note("members", seats.stream().map(s -> s.username() + "/" + s.discipline()).toList()));
        return recordOf(determination, child);
    }

    /** The child's determinations (what, status, outcome: no panel content), newest first. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public List<DeterminationSummary> listOf(long childId) {
        children.visibleChild(childId);
        audit.record(AuditAction.READ, "BestInterestsDeterminationList", childId, Optional.of(childId),
                Changes.none());
        return em.createQuery("SELECT d FROM Determination d WHERE d.childId = :child"
                + " ORDER BY d.createdAt DESC, d.id DESC", Determination.class).setParameter("child", childId)
                .setMaxResults(200).getResultList().stream().map(DeterminationSummary::of).toList();
    }

    /** The determination's file: only for members who signed the undertaking, the convener and auditors. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public DeterminationRecord get(long id) {
        Determination determination = readable(id);
        Child child = em.find(Child.class, determination.getChildId());
        audit.record(AuditAction.READ, "BestInterestsDetermination", id, Optional.of(child.getId()), Changes.none());
        return recordOf(determination, child);
    }

    /** The panel member's confidentiality undertaking (once; signing again changes nothing). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    public DeterminationRecord signUndertaking(long id) {
        Determination determination = find(id);
        PanelMember member = determination.member(currentUser.getName())
                .orElseThrow(() -> new EJBAccessException("Not a member of this panel"));
        boolean first = !member.signed();
        member.signUndertaking(clock.instant());
        if (first) {
            audit.record(AuditAction.UPDATE, "BestInterestsDetermination", id,
                    Optional.of(determination.getChildId()), Changes.none().note("undertakingSignedBy",
                            member.getUsername()));
        }
        return recordOf(determination, em.find(Child.class, determination.getChildId()));
    }

    /** A member's position with reasons (after the undertaking; while the determination is open). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY})
    public DeterminationRecord recordPosition(long id, String stance, String reasons) {
        Determination determination = find(id);
        PanelMember member = determination.member(currentUser.getName())
                .orElseThrow(() -> new EJBAccessException("Not a member of this panel"));
        if (!member.signed()) {
            throw new EJBAccessException("The confidentiality undertaking is not signed");
        }
        Checks checks = new Checks().required("stance", stance).required("reasons", reasons)
                .maxLength("reasons", reasons, Assessments.LONG_TEXT_MAX);
        Optional<Stance> parsed = checks.choice(Stance.class, "stance", stance);
        checks.throwIfAny();
        determination.requireOpen();
        em.lock(determination, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        Changes changes = Changes.none().field("stance." + member.getUsername(), member.stance().orElse(null),
                parsed.get()).field("reasons." + member.getUsername(), member.reasons().orElse(null),
                reasons.strip());
        member.recordStance(parsed.get(), reasons.strip(), clock.instant());
        audit.record(AuditAction.UPDATE, "BestInterestsDetermination", id, Optional.of(determination.getChildId()),
                changes);
        return recordOf(determination, em.find(Child.class, determination.getChildId()));
    }

    /** The convener records the decision, its conditions and review date (quorum and majority needed). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public DeterminationRecord decide(long id, Long expectedVersion, String decision, String conditions,
            String reviewOn) {
        Determination determination = find(id);
        if (!determination.getConvener().equals(currentUser.getName())) {
            throw new EJBAccessException("Only the convener records the decision");
        }
        if (expectedVersion != null && determination.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The determination was changed by someone else");
        }
        Checks checks = new Checks().required("decision", decision)
                .maxLength("decision", decision, Assessments.LONG_TEXT_MAX)
                .maxLength("conditions", conditions, Assessments.LONG_TEXT_MAX).required("reviewOn", reviewOn);
        Optional<LocalDate> review = checks.date("reviewOn", reviewOn);
        LocalDate today = LocalDate.now(clock);
        review.ifPresent(day -> checks.that(day.isAfter(today), "reviewOn", "determination.validation.reviewInFuture"));
        checks.throwIfAny();
        em.lock(determination, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        determination.decide(rules(), decision.strip(), Optional.ofNullable(conditions).map(String::strip)
                .filter(c -> !c.isEmpty()), review.get(), currentUser.getName(), clock.instant());
        audit.record(AuditAction.UPDATE, "BestInterestsDetermination", id, Optional.of(determination.getChildId()),
                Changes.none().field("status", Determination.Status.OPEN, Determination.Status.DECIDED)
                        .note("outcome", determination.outcome().orElseThrow()).note("reviewOn", review.get()));
        // The determination's review date is put due like any review: listed in "assessments due", overdue after it.
        Review due = new Review(determination.getChildId(), Review.DETERMINATION_REVIEW, review.get(),
                currentUser.getName(), clock.instant());
        em.persist(due);
        audit.record(AuditAction.CREATE, "BestInterestsReview", null, Optional.of(determination.getChildId()),
                Changes.none().note("reason", Review.DETERMINATION_REVIEW).note("dueOn", review.get()));
        return recordOf(determination, em.find(Child.class, determination.getChildId()));
    }

    private Determination readable(long id) {
        return readable(find(id), currentUser, children);
    }

    /**
     * The read rule applied in the caller's own bean (an access refusal thrown by a nested bean call would reach the
     * client as a rolled-back transaction, not as 403).
     */
    static Determination readable(Determination determination, CurrentUser user, ChildRegistry children) {
        switch (determination.accessFor(user.getName(), user.has(Role.AUDITOR))) {
            case MEMBER:
                return determination;
            case CONVENER_OR_AUDITOR:
                children.visibleChild(determination.getChildId());
                return determination;
            case UNDERTAKING_MISSING:
                throw new EJBAccessException("Sign the confidentiality undertaking first");
            default:
                throw new EJBAccessException("Not a member of this panel");
        }
    }

    /** Whether the caller is a member who has not yet signed (pages offer the undertaking instead of the file). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public boolean awaitsMyUndertaking(long id) {
        return find(id).member(currentUser.getName()).filter(m -> !m.signed()).isPresent();
    }

    private Determination find(long id) {
        return Optional.ofNullable(em.find(Determination.class, id))
                .orElseThrow(() -> new NotFound("Determination " + id));
    }

    private DeterminationRecord recordOf(Determination d, Child child) {
        PanelRules rules = rules();
        String me = currentUser.getName();
        boolean open = d.getStatus() == Determination.Status.OPEN;
        boolean mayRecord = open && d.member(me).filter(PanelMember::signed).isPresent();
        boolean mayDecide = open && d.getConvener().equals(me) && rules.majority(d.seats()).isPresent();
        return DeterminationRecord.of(d, child.getCaseNumber(), child.getGivenNames() + " " + child.getFamilyName(),
                rules, mayRecord, mayDecide);
    }
}
