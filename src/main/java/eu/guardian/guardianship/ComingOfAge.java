package eu.guardian.guardianship;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.CaseStatus;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ClosureReason;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.io.Serializable;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * Coming of age: guardianship ends at 18, and the transition to adulthood is planned from months before (setting,
 * default 6). The 18th birthday is counted from the date of birth, which an age assessment's lowest age stands in for
 * when the child was given the benefit of the doubt.
 */
@Stateless
public class ComingOfAge {

    private static final Logger LOG = Logger.getLogger(ComingOfAge.class.getName());

    /** A child whose 18th birthday is near, for transition planning. */
    public record TurningEighteen(long childId, String caseNumber, String givenNames, String familyName,
            String latinGivenNames, String latinFamilyName, LocalDate birthDate, LocalDate eighteenOn) implements Serializable {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildAccess access;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    @Inject
    ComingOfAgeSchedule schedule;

    @Inject
    AuditTrail audit;

    /**
     * Open cases of children turning 18 (by the age used, docs/domain-rules.md#age-used) within the transition period,
     * soonest first (index on status and adult_on).
     */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public Page<TurningEighteen> turningEighteenSoon(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = LocalDate.now(clock);
        LocalDate until = today.plusMonths(settings.value(SettingKey.TRANSITION_MONTHS));
        SqlConditions turning = turningEighteen(today, until);
        Query select = em.createNativeQuery("SELECT c.* FROM child c" + turning.where()
                + " ORDER BY c.adult_on, c.id LIMIT ? OFFSET ?", Child.class);
        turning.bindPage(select, pageSize, pageNumber * pageSize);
        @SuppressWarnings("unchecked")
        List<Child> children = select.getResultList();
        return new Page<>(children.stream().map(ComingOfAge::turningEighteen).toList(),
                countTurningEighteen(today, until), pageNumber, pageSize);
    }

    /** How many open cases turn 18 within the transition period (the list's total, the dashboard's figure). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long countTurningEighteenSoon() {
        LocalDate today = LocalDate.now(clock);
        return countTurningEighteen(today, today.plusMonths(settings.value(SettingKey.TRANSITION_MONTHS)));
    }

    private long countTurningEighteen(LocalDate after, LocalDate until) {
        SqlConditions turning = turningEighteen(after, until);
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM child c" + turning.where());
        turning.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /**
     * Open cases within the caller's reach whose transition plan is due (from months before 18 by the age used, the
     * setting) and not yet recorded, soonest 18th birthday first: the due list of guardians and caseworkers, and what
     * a notification job can read (docs/domain-rules.md#transition-to-adulthood). One audit entry per page.
     */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER, Role.Names.GUARDIAN})
    public Page<TurningEighteen> transitionPlansDue(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        SqlConditions due = transitionPlanDue();
        Query select = em.createNativeQuery("SELECT c.* FROM child c" + due.where()
                + " ORDER BY c.adult_on, c.id LIMIT ? OFFSET ?", Child.class);
        due.bindPage(select, pageSize, pageNumber * pageSize);
        @SuppressWarnings("unchecked")
        List<Child> children = select.getResultList();
        audit.record(AuditAction.READ, "TransitionPlansDue", "page " + pageNumber, Optional.empty(), Changes.none());
        return new Page<>(children.stream().map(ComingOfAge::turningEighteen).toList(), countTransitionPlansDue(),
                pageNumber, pageSize);
    }

    /** How many transition plans are due and not recorded within the caller's reach (the dashboard's figure). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER, Role.Names.GUARDIAN})
    public long countTransitionPlansDue() {
        SqlConditions due = transitionPlanDue();
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM child c" + due.where());
        due.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private SqlConditions transitionPlanDue() {
        LocalDate until = LocalDate.now(clock).plusMonths(settings.value(SettingKey.TRANSITION_MONTHS));
        return access.conditions().and("c.status = 'OPEN'").and("c.adult_on <= ?", Date.valueOf(until))
                .and("NOT EXISTS (SELECT 1 FROM adulthood_transition t WHERE t.child_id = c.id"
                        + " AND t.plan_recorded_on IS NOT NULL)");
    }

    private static TurningEighteen turningEighteen(Child c) {
        return new TurningEighteen(c.getId(), c.getCaseNumber(), c.getGivenNames(), c.getFamilyName(),
                c.getLatinGivenNames(), c.getLatinFamilyName(), c.getBirthDate(), c.adulthoodDate().orElseThrow());
    }

    /** Open cases within the caller's reach turning 18 in (after, until] (index on status and adult_on). */
    private SqlConditions turningEighteen(LocalDate after, LocalDate until) {
        return access.conditions().and("c.status = 'OPEN'").and("c.adult_on > ?", Date.valueOf(after))
                .and("c.adult_on <= ?", Date.valueOf(until));
    }

    /** The nightly age-out, now (the authority, or a test that moved the clock). */
    @RolesAllowed(Role.Names.AUTHORITY)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public int endGuardianshipsOfAdultsNow() {
        return schedule.runAll();
    }

    /**
     * Ends the guardianships of children who turned 18 and closes their cases; run daily by
     * {@link ComingOfAgeSchedule}, which has no caller to check (no page or API exposes this). Works in batches so
     * that one run never holds a long transaction.
     */
    @PermitAll
    public int endGuardianshipsOfAdults(int batchSize) {
        LocalDate today = LocalDate.now(clock);
        List<Child> adults = em.createQuery("SELECT c FROM Child c WHERE c.status = :open"
                        + " AND c.adultOn <= :today ORDER BY c.adultOn, c.id", Child.class)
                .setParameter("open", CaseStatus.OPEN).setParameter("today", today)
                .setMaxResults(batchSize).getResultList();
        for (Child adult : adults) {
            LocalDate birthday = adult.adulthoodDate().orElse(today);
            Optional<String> afterCare = AdulthoodTransition.of(em, adult).flatMap(AdulthoodTransition::afterCareService)
                    .map(service -> "After-care: " + service);
            em.createQuery("SELECT g FROM Guardianship g WHERE g.child = :child AND "
                    + CurrentGuardianship.notEndedJpql("g"), Guardianship.class).setParameter("child", adult)
                    .getResultList().forEach(guardianship -> {
                        guardianship.end(birthday.isBefore(guardianship.getAppointedOn()) ? today : birthday,
                                EndReason.CHILD_TURNED_18, afterCare);
                        guardianship.getGuardian().releaseChild();
                    });
            adult.close(ClosureReason.TURNED_18, birthday);
        }
        if (!adults.isEmpty()) {
            LOG.info(() -> adults.size() + " cases closed on the 18th birthday");
        }
        return adults.size();
    }
}
