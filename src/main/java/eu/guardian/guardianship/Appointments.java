package eu.guardian.guardianship;

import eu.guardian.child.SignificantChange;
import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.CaseClosed;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.child.Relatives;
import eu.guardian.guardian.Guardian;
import eu.guardian.guardian.GuardianRegistry;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Appoints, changes and discharges guardians: the guardianship authority's use cases. Only eligible guardians are
 * appointed unless the authority overrides the rules with a written justification, which is recorded as such.
 */
@Stateless
public class Appointments {

    private static final int CANDIDATES_PER_CRITERION = 50;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildRegistry children;

    @Inject
    ChildAccess access;

    @Inject
    Relatives relatives;

    @Inject
    GuardianRegistry guardians;

    @Inject
    Settings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    Event<SignificantChange> reviewTriggers;

    @Inject
    Event<GuardianshipStarted> started;

    @Inject
    Clock clock;

    @RolesAllowed(Role.Names.AUTHORITY)
    public GuardianshipRecord appoint(long childId, AppointmentInput input) {
        Child child = children.childToWorkOn(childId);
        child.requireOpen();
        Checks checks = new Checks().required("guardianId", input.guardianId()).required("kind", input.kind())
                .required("decisionReference", input.decisionReference())
                .maxLength("decisionReference", input.decisionReference(), 100)
                .required("appointedOn", input.appointedOn())
                .maxLength("overrideJustification", input.overrideJustification(), Checks.TEXT_MAX);
        Optional<GuardianshipKind> kind = checks.choice(GuardianshipKind.class, "kind", input.kind());
        Optional<LocalDate> appointedOn = checks.date("appointedOn", input.appointedOn());
        Optional<LocalDate> informedOn = checks.date("childInformedOn", input.childInformedOn());
        LocalDate today = LocalDate.now(clock);
        appointedOn.ifPresent(day -> checks.notInFuture("appointedOn", day, today)
                .notBefore("appointedOn", day, "identifiedOn", child.getIdentifiedOn()));
        appointedOn.ifPresent(day -> informedOn.ifPresent(informed -> checks.notBefore("childInformedOn", informed,
                "appointedOn", day)));
        checks.throwIfAny();
        Guardian guardian = guardians.guardian(input.guardianId());
        List<Guardianship> active = activeGuardianships(childId);
        if (kind.get() == GuardianshipKind.INTERIM && !active.isEmpty()) {
            throw new Conflict("guardianship.alreadyRepresented", List.of());
        }
        if (active.stream().anyMatch(g -> g.getKind() == GuardianshipKind.FULL)) {
            throw new Conflict("guardianship.useChange", List.of());
        }
        Set<Ineligibility> reasons = Eligibility.check(guardian, child.currentCentreId(), appointedOn.get(),
                settings.value(SettingKey.CASELOAD_CAP));
        Optional<String> justification = Optional.ofNullable(input.overrideJustification())
                .filter(text -> !text.isBlank()).map(String::strip);
        if (!reasons.isEmpty() && justification.isEmpty()) {
            throw new Conflict("guardianship.ineligible", reasons.stream().map(Enum::name).toList());
        }
        active.forEach(interim -> end(interim, appointedOn.get(), EndReason.REPLACED_BY_GUARDIAN, Optional.empty()));
        Guardianship guardianship = new Guardianship(child, guardian, kind.get(), input.decisionReference().strip(),
                appointedOn.get(), informedOn, settings.workingDays().addWorkingDays(appointedOn.get(),
                        settings.value(SettingKey.FIRST_MEETING_WORKING_DAYS)),
                reasons, justification, currentUser.getName(), clock.instant());
        guardianship.childToBeInformedBy(settings.workingDays().addWorkingDays(appointedOn.get(),
                settings.value(SettingKey.CHILD_INFORMED_WORKING_DAYS)));
        guardian.takeOnChild();
        // Two appointments of one guardian at once must not both pass the cap: the second fails on the version.
        em.lock(guardian, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        if (kind.get() == GuardianshipKind.FULL) {
            child.guardianAppointed(appointedOn.get());
        }
        em.persist(guardianship);
        audit.record(AuditAction.CREATE, "Guardianship", guardianship.getId(), Optional.of(childId), Changes.none()
                .note("guardian", guardian.getId()).note("kind", kind.get())
                .note("overriddenRules", guardianship.isOverride() ? guardianship.getOverriddenRules() : "-"));
        started.fire(new GuardianshipStarted(guardianship.getId(), childId, child.getCaseNumber(), guardian.getId(),
                Optional.ofNullable(guardian.getUsername()), kind.get(), guardianship.getAppointedOn(),
                guardianship.getFirstMeetingDue()));
        return GuardianshipRecord.of(guardianship);
    }

    /** Replaces the child's guardian: only with a reason, which is kept with the ended guardianship. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public GuardianshipRecord change(long childId, AppointmentInput input, String reason) {
        new Checks().required("reason", reason).maxLength("reason", reason, Checks.TEXT_MAX).throwIfAny();
        Checks dates = new Checks().required("appointedOn", input.appointedOn());
        Optional<LocalDate> on = dates.date("appointedOn", input.appointedOn());
        dates.throwIfAny();
        List<Guardianship> active = activeGuardianships(childId);
        Guardianship current = active.stream().filter(g -> g.getKind() == GuardianshipKind.FULL).findFirst()
                .orElseThrow(() -> new Conflict("guardianship.noGuardianToChange", List.of()));
        if (current.getGuardian().getId().equals(input.guardianId())) {
            throw new Conflict("guardianship.sameGuardian", List.of());
        }
        end(current, on.get(), EndReason.GUARDIAN_CHANGED, Optional.of(reason.strip()));
        GuardianshipRecord appointed = appoint(childId, new AppointmentInput(input.guardianId(),
                GuardianshipKind.FULL.name(), input.decisionReference(), input.appointedOn(), input.childInformedOn(),
                input.overrideJustification()));
        reviewTriggers.fire(new SignificantChange(childId,
                SignificantChange.Reason.GUARDIAN_CHANGE));
        return appointed;
    }

    /** Ends a guardianship with its reason; a child left without a guardian goes back to the queue. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public GuardianshipRecord discharge(long guardianshipId, String endReason, String endedOn, String note) {
        Guardianship guardianship = Optional.ofNullable(em.find(Guardianship.class, guardianshipId))
                .orElseThrow(() -> new NotFound("Guardianship " + guardianshipId));
        Checks checks = new Checks().required("endReason", endReason).required("endedOn", endedOn)
                .maxLength("note", note, Checks.TEXT_MAX);
        Optional<EndReason> reason = checks.choice(EndReason.class, "endReason", endReason);
        Optional<LocalDate> on = checks.date("endedOn", endedOn);
        on.ifPresent(day -> checks.notBefore("endedOn", day, "appointedOn", guardianship.getAppointedOn()));
        checks.that(guardianship.isActive(), "guardianshipId", "validation.alreadyEnded");
        checks.throwIfAny();
        end(guardianship, on.get(), reason.get(), Optional.ofNullable(note).filter(n -> !n.isBlank()));
        if (activeGuardianships(guardianship.getChild().getId()).stream()
                .noneMatch(g -> g.getKind() == GuardianshipKind.FULL)) {
            guardianship.getChild().guardianshipEnded();
        }
        return GuardianshipRecord.of(guardianship);
    }

    /** The child's complete guardianship history, for whoever may see the child. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public List<GuardianshipRecord> history(long childId) {
        children.visibleChild(childId);
        return em.createQuery("SELECT g FROM Guardianship g WHERE g.child.id = :child ORDER BY g.appointedOn, g.id",
                Guardianship.class).setParameter("child", childId).getResultList().stream()
                .map(GuardianshipRecord::of).toList();
    }

    /**
     * Eligible guardians for the child, best first. The database proposes a bounded set of candidates (sharing a
     * language, in the region, or with the lightest loads); the rules and the ranking are then applied to them.
     */
    @RolesAllowed(Role.Names.AUTHORITY)
    public List<SuggestionRecord> suggestions(long childId, int limit) {
        Child child = children.visibleChild(childId);
        LocalDate today = LocalDate.now(clock);
        int cap = settings.value(SettingKey.CASELOAD_CAP);
        Map<Long, Guardian> candidates = new LinkedHashMap<>();
        String available = "SELECT g FROM Guardian g WHERE g.active = TRUE AND g.recordCheckValidUntil >= :today";
        if (!child.getLanguages().isEmpty()) {
            addAll(candidates, em.createQuery(available + " AND EXISTS (SELECT l FROM Guardian g2 JOIN g2.languages l"
                            + " WHERE g2 = g AND l IN :languages) ORDER BY g.currentLoad", Guardian.class)
                    .setParameter("today", today).setParameter("languages", child.getLanguages())
                    .setMaxResults(CANDIDATES_PER_CRITERION).getResultList());
        }
        addAll(candidates, em.createQuery(available + " AND g.region = :region ORDER BY g.currentLoad", Guardian.class)
                .setParameter("today", today).setParameter("region", child.getRegion())
                .setMaxResults(CANDIDATES_PER_CRITERION).getResultList());
        addAll(candidates, em.createQuery(available + " ORDER BY g.currentLoad", Guardian.class)
                .setParameter("today", today).setMaxResults(CANDIDATES_PER_CRITERION).getResultList());
        Set<Long> siblingsGuardians = siblingsGuardians(childId, today);
        if (!siblingsGuardians.isEmpty()) {
            addAll(candidates, em.createQuery(available + " AND g.id IN :ids", Guardian.class)
                    .setParameter("today", today).setParameter("ids", siblingsGuardians).getResultList());
        }
        return candidates.values().stream()
                .filter(g -> Eligibility.check(g, child.currentCentreId(), today, cap).isEmpty())
                .map(g -> Suggestion.of(g, child.getLanguages(), child.preferredLanguage(), child.getRegion(),
                        siblingsGuardians))
                .sorted(Suggestion.BEST_FIRST).limit(Math.max(1, Math.min(limit, 50)))
                .map(s -> new SuggestionRecord(s.guardian().getId(), s.guardian().getName(), s.guardian().getRegion(),
                        s.currentLoad(), s.guardian().capOr(cap), s.speaksPreferredLanguage(), s.sharesALanguage(),
                        s.sameRegion(), s.guardsASibling()))
                .toList();
    }

    /** The current guardians of the child's siblings (docs/domain-rules.md#siblings-and-relatives). */
    private Set<Long> siblingsGuardians(long childId, LocalDate today) {
        List<Long> siblings = relatives.siblingsOf(childId);
        if (siblings.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("SELECT g.guardian.id FROM Guardianship g WHERE g.child.id IN :siblings AND "
                        + CurrentGuardianship.notEndedJpql("g"), Long.class)
                .setParameter("siblings", siblings).getResultList());
    }

    /** Why a guardian could not be appointed for the child today (empty when they can). */
    @RolesAllowed(Role.Names.AUTHORITY)
    public Set<Ineligibility> ineligibility(long childId, long guardianId) {
        Child child = children.visibleChild(childId);
        return Eligibility.check(guardians.guardian(guardianId), child.currentCentreId(), LocalDate.now(clock),
                settings.value(SettingKey.CASELOAD_CAP));
    }

    /** How many open cases await a full guardian (the queue's total, the dashboard's figure). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long countAwaitingGuardian() {
        return count(awaiting());
    }

    /** How many of them are past the legal deadline for a guardian. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long countPastGuardianDeadline() {
        return count(awaiting().and("c.guardian_due_on < ?", Date.valueOf(LocalDate.now(clock))));
    }

    /**
     * Open cases awaiting a full guardian within the caller's reach (the queue index: status, awaiting_guardian,
     * guardian_due_on; a regional caller's region index).
     */
    private SqlConditions awaiting() {
        return access.conditions().and("c.status = 'OPEN'").and("c.awaiting_guardian = TRUE");
    }

    private long count(SqlConditions conditions) {
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM child c" + conditions.where());
        conditions.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** Children awaiting a guardian, the nearest deadline first (an index serves the order). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public Page<QueueEntry> queue(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = LocalDate.now(clock);
        int dueSoon = settings.value(SettingKey.DUE_SOON_DAYS);
        SqlConditions awaiting = awaiting();
        Query select = em.createNativeQuery("SELECT c.* FROM child c" + awaiting.where()
                + " ORDER BY c.guardian_due_on, c.id LIMIT ? OFFSET ?", Child.class);
        awaiting.bindPage(select, pageSize, pageNumber * pageSize);
        @SuppressWarnings("unchecked")
        List<Child> waiting = select.getResultList();
        long total = countAwaitingGuardian();
        Set<Long> withInterim = waiting.isEmpty() ? Set.of() : Set.copyOf(em.createQuery(
                        "SELECT g.child.id FROM Guardianship g WHERE g.child IN :children AND "
                                + CurrentGuardianship.jpql("g"), Long.class)
                .setParameter("children", waiting).setParameter("day", today).getResultList());
        List<QueueEntry> entries = new ArrayList<>();
        for (Child child : waiting) {
            entries.add(new QueueEntry(child.getId(), child.getCaseNumber(), child.getGivenNames(),
                    child.getFamilyName(), child.getLatinGivenNames(), child.getLatinFamilyName(),
                    child.getIdentifiedOn(), child.getInterimDueOn(), child.getGuardianDueOn(),
                    withInterim.contains(child.getId()),
                    QueueEntry.Urgency.of(child.getGuardianDueOn(), Optional.ofNullable(child.getInterimDueOn()),
                            withInterim.contains(child.getId()), today, dueSoon)));
        }
        audit.record(AuditAction.READ, "GuardianshipQueue", null, Optional.empty(),
                Changes.none().note("page", pageNumber).note("size", pageSize));
        return new Page<>(entries, total, pageNumber, pageSize);
    }

    /**
     * The children who currently have this guardian: for the guardian's profile, and for a guardian's own "my
     * children" (a guardian may ask only about themself).
     */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public List<GuardianshipRecord> activeOf(long guardianId) {
        boolean seesAll = currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.AUDITOR);
        if (!seesAll && guardians.byUsername(currentUser.getName()).map(Guardian::getId)
                .filter(own -> own == guardianId).isEmpty()) {
            throw new NotFound("Guardian " + guardianId);
        }
        return em.createQuery("SELECT g FROM Guardianship g WHERE g.guardian.id = :guardian AND "
                        + CurrentGuardianship.jpql("g") + " ORDER BY g.appointedOn", Guardianship.class)
                .setParameter("guardian", guardianId).setParameter("day", LocalDate.now(clock))
                .setMaxResults(Page.MAX_SIZE).getResultList().stream()
                .map(GuardianshipRecord::of).toList();
    }

    private List<Guardianship> activeGuardianships(long childId) {
        return em.createQuery("SELECT g FROM Guardianship g WHERE g.child.id = :child AND "
                + CurrentGuardianship.notEndedJpql("g"), Guardianship.class).setParameter("child", childId)
                .getResultList();
    }

    /** A closed case has no guardian any more: its guardianships end on the day of closure. */
    @PermitAll
    public void endWithCase(@Observes CaseClosed closed) {
        EndReason reason = switch (closed.reason()) {
            case TURNED_18 -> EndReason.CHILD_TURNED_18;
            case FAMILY_REUNIFICATION -> EndReason.FAMILY_REUNIFICATION;
            case TRANSFERRED_ABROAD -> EndReason.CASE_TRANSFERRED_ABROAD;
            case DECEASED -> EndReason.CHILD_DECEASED;
            case FOUND_TO_BE_ADULT, OTHER -> EndReason.OTHER;
        };
        em.createQuery("SELECT g FROM Guardianship g WHERE g.child.id = :child AND "
                + CurrentGuardianship.notEndedJpql("g"), Guardianship.class).setParameter("child", closed.childId())
                .getResultList()
                .forEach(guardianship -> end(guardianship, closed.on().isBefore(guardianship.getAppointedOn())
                        ? guardianship.getAppointedOn() : closed.on(), reason, Optional.empty()));
    }

    private void end(Guardianship guardianship, LocalDate on, EndReason reason, Optional<String> note) {
        guardianship.end(on, reason, note);
        audit.record(AuditAction.UPDATE, "Guardianship", guardianship.getId(),
                Optional.of(guardianship.getChild().getId()), Changes.none().note("ended", reason));
        guardianship.getGuardian().releaseChild();
        em.lock(guardianship.getGuardian(), LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private static void addAll(Map<Long, Guardian> candidates, List<Guardian> found) {
        found.forEach(guardian -> candidates.putIfAbsent(guardian.getId(), guardian));
    }
}
