package eu.guardian.careplan;

import eu.guardian.child.ChildNames;
import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A child's care plan: what is planned (school, health check, special-needs assessment, ...), by whom and by when,
 * and the items overdue across all children for those who oversee.
 * <p>
 * Who may change what: caseworkers and the authority plan items and change every field. The child's current
 * guardian (only their own wards: {@link ChildRegistry#visibleChild} refuses others as "not found") records progress
 * only: the status (not "cancelled", which is a planning decision) and the outcome; type, agency, person and due date
 * stay as planned. Auditors and reception staff who see the child read. Every read and change is audited.
 */
@Stateless
public class CarePlan {

    static final int MAX_ITEMS = 500;

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildAccess access;

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

    /** The child's care plan, earliest due first. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public List<CarePlanItemRecord> items(long childId) {
        children.visibleChild(childId);
        audit.record(AuditAction.READ, "CarePlan", childId, Optional.of(childId), Changes.none());
        LocalDate today = today();
        return em.createQuery("SELECT i FROM CarePlanItem i WHERE i.childId = :child ORDER BY i.dueOn, i.id",
                        CarePlanItem.class).setParameter("child", childId).setMaxResults(MAX_ITEMS).getResultList()
                .stream().map(item -> CarePlanItemRecord.of(item, today)).toList();
    }

    /** The due date a new item of this type would get by default for the child, if the type has a rule. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public Optional<LocalDate> defaultDueOn(long childId, CarePlanItemType type) {
        return defaultDueOn(children.visibleChild(childId), type);
    }

    /** Plans an item; a blank due date takes the type's legal default (school 3 months, special needs 30 days). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public CarePlanItemRecord add(long childId, CarePlanItemInput input) {
        Child child = children.childToWorkOn(childId);
        child.requireOpen();
        Checks checks = new Checks().required("type", input.type());
        Optional<CarePlanItemType> type = checks.choice(CarePlanItemType.class, "type", input.type());
        Optional<String> agency = text(checks, "agency", input.agency(), Checks.NAME_MAX);
        Optional<String> person = text(checks, "responsiblePerson", input.responsiblePerson(), Checks.NAME_MAX);
        Optional<LocalDate> typedDue = checks.date("dueOn", input.dueOn());
        Optional<LocalDate> ruleDue = type.flatMap(t -> defaultDueOn(child, t));
        if (type.isPresent() && typedDue.isEmpty() && ruleDue.isEmpty() && !checks.hasErrorFor("dueOn")) {
            checks.that(false, "dueOn", "validation.required");
        }
        typedDue.ifPresent(due -> checks.notBefore("dueOn", due, "child.identifiedOn", child.getIdentifiedOn()));
        checks.throwIfAny();
        LocalDate dueOn = typedDue.orElseGet(ruleDue::orElseThrow);
        boolean fromRule = typedDue.isEmpty() || typedDue.equals(ruleDue);
        CarePlanItem item = new CarePlanItem(childId, type.orElseThrow(), agency, person, dueOn, fromRule,
                currentUser.getName(), clock.instant());
        em.persist(item);
        em.flush();
        audit.record(AuditAction.CREATE, "CarePlanItem", item.getId(), Optional.of(childId), Changes.none()
                .note("type", item.getType()).note("dueOn", dueOn).note("dueFromRule", fromRule)
                .field("agency", null, item.agency().orElse(null))
                .field("responsiblePerson", null, item.responsiblePerson().orElse(null)));
        return CarePlanItemRecord.of(item, today());
    }

    /**
     * Changes an item against the version the caller read (409 if someone else changed it meanwhile). Caseworkers and
     * the authority change everything; a guardian only status (not cancelled) and outcome (see the class comment).
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.GUARDIAN})
    public CarePlanItemRecord update(long childId, long itemId, CarePlanItemInput input) {
        Child child = children.childToWorkOn(childId);
        CarePlanItem item = em.find(CarePlanItem.class, itemId);
        if (item == null || item.getChildId() != childId) {
            throw new NotFound("Care-plan item " + itemId);
        }
        child.requireOpen();
        boolean planner = currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY);
        Checks checks = new Checks().required("version", input.version()).required("status", input.status());
        Optional<CarePlanStatus> status = checks.choice(CarePlanStatus.class, "status", input.status());
        Optional<String> outcome = text(checks, "outcome", input.outcome(), Checks.TEXT_MAX);
        Optional<CarePlanItemType> type = Optional.of(item.getType());
        Optional<String> agency = item.agency();
        Optional<String> person = item.responsiblePerson();
        Optional<LocalDate> dueOn = Optional.of(item.getDueOn());
        if (planner) {
            checks.required("type", input.type()).required("dueOn", input.dueOn());
            type = checks.choice(CarePlanItemType.class, "type", input.type());
            agency = text(checks, "agency", input.agency(), Checks.NAME_MAX);
            person = text(checks, "responsiblePerson", input.responsiblePerson(), Checks.NAME_MAX);
            dueOn = checks.date("dueOn", input.dueOn());
            dueOn.ifPresent(due -> checks.notBefore("dueOn", due, "child.identifiedOn", child.getIdentifiedOn()));
        } else {
            String keep = "careplan.guardianProgressOnly";
            checks.that(input.type() == null || input.type().strip().equals(item.getType().name()), "type", keep)
                    .that(same(input.agency(), item.agency()), "agency", keep)
                    .that(same(input.responsiblePerson(), item.responsiblePerson()), "responsiblePerson", keep)
                    .that(input.dueOn() == null || input.dueOn().strip().equals(item.getDueOn().toString()), "dueOn",
                            keep)
                    .that(status.filter(s -> s == CarePlanStatus.CANCELLED).isEmpty(), "status",
                            "careplan.guardianMayNotCancel");
        }
        checks.throwIfAny();
        if (item.getVersion() != input.version()) {
            throw new OptimisticLockException("The care-plan item was changed by someone else");
        }
        CarePlanItemType newType = type.orElseThrow();
        LocalDate newDue = dueOn.orElseThrow();
        Changes changes = Changes.none()
                .field("type", item.getType(), newType)
                .field("agency", item.agency().orElse(null), agency.orElse(null))
                .field("responsiblePerson", item.responsiblePerson().orElse(null), person.orElse(null))
                .field("dueOn", item.getDueOn(), newDue)
                .field("status", item.getStatus(), status.orElseThrow());
        if (newType.isHealthRelated() || item.getType().isHealthRelated()) {
            changes.specialCategory("outcome", item.outcome().orElse(null), outcome.orElse(null));
        } else {
            changes.field("outcome", item.outcome().orElse(null), outcome.orElse(null));
        }
        String by = currentUser.getName();
        if (planner) {
            boolean fromRule = item.isDueFromRule() && newDue.equals(item.getDueOn())
                    || defaultDueOn(child, newType).filter(newDue::equals).isPresent();
            item.replan(newType, agency, person, newDue, fromRule, by, clock.instant());
        }
        item.recordProgress(status.get(), outcome, by, clock.instant());
        em.flush();
        audit.record(AuditAction.UPDATE, "CarePlanItem", itemId, Optional.of(childId), changes);
        return CarePlanItemRecord.of(item, today());
    }

    /**
     * Records that the child was given their information sheet (docs/information-sheet.md): the earliest open
     * "information to the child" item becomes done, its outcome saying the day and the language; without an open one,
     * a done item is added. {@link InformationSheet} calls this when it hands the sheet out.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.GUARDIAN})
    public CarePlanItemRecord recordInformationGiven(long childId, String language, boolean pictures) {
        Child child = children.childToWorkOn(childId);
        child.requireOpen();
        LocalDate today = today();
        String by = currentUser.getName();
        CarePlanItemType type = CarePlanItemType.INFORMATION_TO_CHILD;
        CarePlanItem item = em.createQuery("SELECT i FROM CarePlanItem i WHERE i.childId = :child AND i.type = :type"
                        + " AND i.status IN :open ORDER BY i.dueOn, i.id", CarePlanItem.class)
                .setParameter("child", childId).setParameter("type", type)
                .setParameter("open", List.of(CarePlanStatus.PLANNED, CarePlanStatus.IN_PROGRESS)).setMaxResults(1)
                .getResultStream().findFirst().orElseGet(() -> {
                    Optional<LocalDate> ruleDue = defaultDueOn(child, type);
                    CarePlanItem added = new CarePlanItem(childId, type, Optional.empty(), Optional.empty(),
                            ruleDue.orElse(today), ruleDue.isPresent(), by, clock.instant());
                    em.persist(added);
                    em.flush();
                    audit.record(AuditAction.CREATE, "CarePlanItem", added.getId(), Optional.of(childId),
                            Changes.none().note("type", type).note("dueOn", added.getDueOn()));
                    return added;
                });
        String outcome = "Information sheet given on " + today + ", language " + language
                + (pictures ? ", in pictures" : "");
        Changes changes = Changes.none().field("status", item.getStatus(), CarePlanStatus.DONE)
                .field("outcome", item.outcome().orElse(null), outcome);
        item.recordProgress(CarePlanStatus.DONE, Optional.of(outcome), by, clock.instant());
        em.flush();
        audit.record(AuditAction.UPDATE, "CarePlanItem", item.getId(), Optional.of(childId), changes);
        return CarePlanItemRecord.of(item, today);
    }

    /** Overdue items across all open cases, longest overdue first, paged in the database. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public Page<OverdueItem> overdue(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = today();
        SqlConditions overdue = openItems().and("i.due_on < ?", Date.valueOf(today));
        var select = em.createNativeQuery("SELECT i.id, i.child_id, c.case_number, "
                + ChildNames.columns("c") + ", i.item_type, i.agency, i.responsible_person, i.due_on, i.status"
                + " FROM care_plan_item i JOIN child c ON c.id = i.child_id" + overdue.where()
                + " ORDER BY i.due_on, i.id LIMIT ? OFFSET ?");
        overdue.bindPage(select, pageSize, pageNumber * pageSize);
        List<Row> rows = NativeRows.list(select);
        List<OverdueItem> items = rows.stream().map(row -> {
            LocalDate due = row.date("due_on");
            return new OverdueItem(row.number("id"), row.number("child_id"), row.text("case_number"),
                    ChildNames.fullName(row),
                    row.enumValue("item_type", CarePlanItemType.class), row.optionalText("agency").orElse(null),
                    row.optionalText("responsible_person").orElse(null), due,
                    row.enumValue("status", CarePlanStatus.class), ChronoUnit.DAYS.between(due, today));
        }).toList();
        return new Page<>(items, countOverdue(), pageNumber, pageSize);
    }

    /** For dashboards: open items of open cases whose due date has passed. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long countOverdue() {
        return count(openItems().and("i.due_on < ?", Date.valueOf(today())));
    }

    /** For dashboards: open items of open cases due from today up to {@code days} days ahead. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long countDueWithin(int days) {
        LocalDate today = today();
        return count(openItems().and("i.due_on BETWEEN ? AND ?", Date.valueOf(today),
                Date.valueOf(today.plusDays(Math.max(0, days)))));
    }

    /** Open items of open cases within the caller's reach (ChildAccess decides which children). */
    private SqlConditions openItems() {
        return access.conditions().and("i.open_item = TRUE").and("c.status = 'OPEN'");
    }

    private long count(SqlConditions conditions) {
        var query = em.createNativeQuery("SELECT COUNT(*) FROM care_plan_item i JOIN child c ON c.id = i.child_id"
                + conditions.where());
        conditions.bind(query);
        return ((Number) query.getSingleResult()).longValue();
    }

    private Optional<LocalDate> defaultDueOn(Child child, CarePlanItemType type) {
        return CarePlanRules.defaultDueOn(type,
                CarePlanRules.clockStart(child.getIdentifiedOn(), child.applicationMadeOn()),
                new CarePlanRules.Periods(settings.value(SettingKey.CARE_PLAN_SCHOOL_MONTHS),
                        settings.value(SettingKey.CARE_PLAN_SPECIAL_NEEDS_DAYS),
                        settings.value(SettingKey.CARE_PLAN_INFORMATION_DAYS)));
    }

    private static Optional<String> text(Checks checks, String field, String value, int max) {
        checks.maxLength(field, value, max);
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }

    private static boolean same(String typed, Optional<String> stored) {
        return typed == null || Objects.equals(Optional.of(typed.strip()).filter(v -> !v.isEmpty()), stored);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
