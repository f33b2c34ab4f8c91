package eu.guardian.assessment;

import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildClocksStarted;
import eu.guardian.child.ChildNames;
import eu.guardian.child.SignificantChange;
import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The review schedule of best-interests assessments: reviews put due by events ({@link SignificantChange}, observed
 * in the caller's transaction) and by approvals, the "assessments due" list, and counts for oversight dashboards.
 */
@Stateless
public class ReviewSchedule {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    CurrentUser currentUser;

    @Inject
    AuditTrail audit;

    @Inject
    ChildAccess access;

    @Inject
    Clock clock;

    /**
     * Puts a review due after a significant change, in the transaction of whoever recorded the change. Never refuses
     * and never waits for an assessment: the protection step that fired it goes first.
     */
    @PermitAll
    public void onTrigger(@Observes SignificantChange trigger) {
        LocalDate today = LocalDate.now(clock);
        Review review = new Review(trigger.childId(), trigger.reason().name(),
                ReviewDates.afterEvent(today, settings.value(SettingKey.BIA_EVENT_REVIEW_DAYS)),
                currentUser.username().orElse("system"), clock.instant());
        em.persist(review);
        audit.record(AuditAction.CREATE, "BestInterestsReview", null, Optional.of(trigger.childId()),
                Changes.none().note("reason", trigger.reason()).note("dueOn", review.getDueOn()));
    }

    /**
     * The first assessment is due early: a review "first assessment" due a setting's days after identification, put
     * due once per child (the event repeats when the identification or application date is corrected).
     */
    @PermitAll
    public void firstAssessmentDue(@Observes ChildClocksStarted started) {
        long existing = em.createQuery("SELECT COUNT(r) FROM Review r WHERE r.childId = :child AND r.reason = :reason",
                Long.class).setParameter("child", started.childId()).setParameter("reason", Review.FIRST_ASSESSMENT)
                .getSingleResult();
        if (existing > 0) {
            return;
        }
        LocalDate dueOn = started.identifiedOn().plusDays(settings.value(SettingKey.BIA_FIRST_DAYS));
        em.persist(new Review(started.childId(), Review.FIRST_ASSESSMENT, dueOn,
                currentUser.username().orElse("system"), clock.instant()));
        audit.record(AuditAction.CREATE, "BestInterestsReview", null, Optional.of(started.childId()),
                Changes.none().note("reason", Review.FIRST_ASSESSMENT).note("dueOn", dueOn));
    }

    /**
     * "Assessments due": open reviews of open cases, earliest due first, cut into pages by the database
     * (index ix_bia_review_due); {@code overdueOnly} narrows to those past their date.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<DueReview> due(boolean overdueOnly, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = LocalDate.now(clock);
        SqlConditions open = openReviews();
        if (overdueOnly) {
            open.and("r.due_on < ?", Date.valueOf(today));
        }
        String from = " FROM bia_review r JOIN child c ON c.id = r.child_id" + open.where();
        var select = em.createNativeQuery("SELECT r.id, r.child_id, c.case_number, " + ChildNames.columns("c")
                + ", r.reason, r.due_on" + from + " ORDER BY r.due_on, r.id LIMIT ? OFFSET ?");
        var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1" + from + " LIMIT " + Page.COUNT_LIMIT
                + ") matches");
        open.bindPage(select, pageSize, pageNumber * pageSize);
        open.bind(count);
        List<Row> rows = NativeRows.list(select);
        long total = ((Number) count.getSingleResult()).longValue();
        List<DueReview> items = rows.stream().map(row -> {
            LocalDate dueOn = row.date("due_on");
            return new DueReview(row.number("id"), row.number("child_id"), row.text("case_number"),
                    ChildNames.fullName(row), row.text("reason"), dueOn,
                    ReviewDates.overdue(dueOn, today));
        }).toList();
        audit.record(AuditAction.READ, "BestInterestsReviewList", null, Optional.empty(),
                Changes.none().note("page", pageNumber).note("overdueOnly", overdueOnly));
        return new Page<>(items, total, pageNumber, pageSize);
    }

    /** For oversight dashboards: open reviews of open cases past their due date. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countOverdueReviews() {
        return count(" FROM bia_review r JOIN child c ON c.id = r.child_id",
                openReviews().and("r.due_on < ?", Date.valueOf(LocalDate.now(clock))));
    }

    /** For oversight dashboards: open reviews of open cases due within {@code days} days (overdue ones included). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countReviewsDueWithin(int days) {
        return count(" FROM bia_review r JOIN child c ON c.id = r.child_id", openReviews().and("r.due_on <= ?",
                Date.valueOf(LocalDate.now(clock).plusDays(Math.max(0, days)))));
    }

    /** For oversight dashboards: assessments submitted and awaiting the authority's decision (index ix_bia_status). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countAwaitingDecision() {
        return count(" FROM bia b", submitted());
    }

    /**
     * For oversight dashboards: assessments submitted more than {@code days} days ago and still awaiting a decision
     * (index ix_bia_status).
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countAwaitingDecisionLongerThan(int days) {
        return count(" FROM bia b", submitted().and("b.submitted_at < ?", java.sql.Timestamp.from(clock.instant()
                .minus(java.time.Duration.ofDays(Math.max(0, days))))));
    }

    /** Open reviews of open cases within the caller's reach (ChildAccess decides which children). */
    private SqlConditions openReviews() {
        return access.conditions().and("r.is_open = TRUE").and("c.status = 'OPEN'");
    }

    private SqlConditions submitted() {
        return new SqlConditions().and("b.status = 'SUBMITTED'").and(access.onChildId("b.child_id"));
    }

    private long count(String from, SqlConditions conditions) {
        var count = em.createNativeQuery("SELECT COUNT(*)" + from + conditions.where());
        conditions.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }
}
