package eu.guardian.visit;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.guardianship.CurrentGuardianship;
import eu.guardian.guardianship.Guardianship;
import eu.guardian.platform.notification.NotificationKind;
import eu.guardian.platform.notification.NotificationRequested;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.SqlValues;
import eu.guardian.platform.reference.ReferenceData;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJBAccessException;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Logs guardians' and caseworkers' contacts with children, with the child's own views: a guardian only for their
 * current wards, a caseworker their own contacts with any child. The author corrects an entry within the correction
 * window (a setting), afterwards adds addenda; every change is audited with its diff. Logging a guardian's visit
 * moves the guardianship's contact schedule; a concern raised at the visit alerts the caseworkers.
 */
@Stateless
public class Visits {

    static final int VIEWS_MAX = 4000;
    static final int PRESENT_MAX = 500;
    static final int ACTION_MAX = 500;
    static final int MAX_MINUTES = 24 * 60;
    /** A phone's clock may run a little ahead of the server's. */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

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
    ReferenceData referenceData;

    @Inject
    AuditTrail audit;

    @Inject
    Event<NotificationRequested> notifications;

    @Inject
    Clock clock;

    /** The rules with the current settings. */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public ContactRules rules() {
        return new ContactRules(settings.value(SettingKey.FIRST_MEETING_WORKING_DAYS),
                settings.value(SettingKey.CONTACT_INTERVAL_DAYS),
                Duration.ofHours(settings.value(SettingKey.VISIT_CORRECTION_HOURS)));
    }

    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER})
    public VisitRecord log(long childId, VisitInput input) {
        Child child = writableChild(childId);
        Instant now = clock.instant();
        Checks checks = new Checks();
        Optional<VisitFacts> facts = validFacts(input, checks, now);
        List<ValidFollowUp> followUps = validFollowUps(input.followUps(), checks, facts);
        List<ValidConcern> concerns = validConcerns(input.concerns(), checks);
        checks.throwIfAny();
        String author = currentUser.getName();
        Visit visit = new Visit(childId, author, authorRole(), facts.orElseThrow(), now);
        followUps.forEach(f -> visit.addFollowUp(f.action(), f.owner(), f.dueOn()));
        em.persist(visit);
        audit.record(AuditAction.CREATE, "Visit", visit.getId(), Optional.of(childId), Changes.none()
                .note("mode", visit.getMode()).note("occurredAt", visit.getOccurredAt())
                .note("followUps", followUps.size()).note("concerns", concerns.size()));
        logInterpreter(visit, facts.get(), now);
        List<ConcernRecord> raised = new ArrayList<>();
        for (ValidConcern valid : concerns) {
            raised.add(raise(visit, child, valid, now));
        }
        ContactRules rules = rules();
        for (ContactSchedule schedule : schedulesOf(childId, author)) {
            schedule.apply(rules.after(schedule.state(), visit.getMode(), day(visit.getOccurredAt())));
            schedule.contactAt(visit.getOccurredAt());
        }
        return VisitRecord.of(visit, rules, author, now, today(), raised);
    }

    /** The child's visits, newest first, paged in the database; every read is audited. */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<VisitRecord> list(long childId, int page, int size) {
        children.visibleChild(childId);
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        List<Visit> visits = em.createQuery("SELECT v FROM Visit v WHERE v.childId = :child"
                        + " ORDER BY v.occurredAt DESC, v.id DESC", Visit.class).setParameter("child", childId)
                .setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList();
        long total = em.createQuery("SELECT COUNT(v) FROM Visit v WHERE v.childId = :child", Long.class)
                .setParameter("child", childId).getSingleResult();
        audit.record(AuditAction.READ, "Visit", null, Optional.of(childId),
                Changes.none().note("page", pageNumber).note("visits", visits.size()));
        Map<Long, List<ConcernRecord>> concerns = concernsOf(visits);
        ContactRules rules = rules();
        String caller = currentUser.getName();
        Instant now = clock.instant();
        LocalDate today = today();
        return new Page<>(visits.stream().map(v -> VisitRecord.of(v, rules, caller, now, today,
                concerns.getOrDefault(v.getId(), List.of()))).toList(), total, pageNumber, pageSize);
    }

    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public VisitRecord visit(long visitId) {
        Visit visit = visibleVisit(visitId);
        audit.record(AuditAction.READ, "Visit", visitId, Optional.of(visit.getChildId()), Changes.none());
        return VisitRecord.of(visit, rules(), currentUser.getName(), clock.instant(), today(),
                concernsOf(List.of(visit)).getOrDefault(visitId, List.of()));
    }

    /**
     * The entry itself, if the caller may see it, without recording a read: for what is attached to it (its photos
     * and documents, whose own reads are recorded).
     */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Visit visibleEntry(long visitId) {
        return visibleVisit(visitId);
    }

    /** The author's correction within the window, against the version they read (409 if changed meanwhile). */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER})
    public VisitRecord correct(long visitId, long expectedVersion, VisitInput input) {
        Visit visit = visibleVisit(visitId);
        Instant now = clock.instant();
        ContactRules rules = rules();
        if (!visit.getAuthor().equals(currentUser.getName())) {
            throw new EJBAccessException("Only the author corrects a visit entry");
        }
        if (!rules.mayCorrect(visit.getAuthor(), visit.getRecordedAt(), currentUser.getName(), now)) {
            throw new eu.guardian.platform.validation.Conflict("visit.correctionWindowClosed", List.of());
        }
        writableChild(visit.getChildId());
        if (visit.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The visit entry was changed meanwhile");
        }
        Checks checks = new Checks();
        Optional<VisitFacts> facts = validFacts(input, checks, now);
        checks.throwIfAny();
        VisitFacts before = visit.facts();
        VisitFacts after = facts.orElseThrow();
        Changes changes = Changes.none().field("occurredAt", before.occurredAt(), after.occurredAt())
                .field("mode", before.mode(), after.mode())
                .field("place", before.place().orElse(null), after.place().orElse(null))
                .field("durationMinutes", before.durationMinutes(), after.durationMinutes())
                .field("present", before.present().orElse(null), after.present().orElse(null))
                .field("seenAlone", before.seenAlone(), after.seenAlone())
                .field("interpreterLanguage", before.interpreterLanguage().orElse(null),
                        after.interpreterLanguage().orElse(null))
                .field("interpreter", before.interpreter().orElse(null), after.interpreter().orElse(null))
                .specialCategory("childViews", before.childViews().orElse(null), after.childViews().orElse(null))
                .specialCategory("wellbeing", before.wellbeing().orElse(null), after.wellbeing().orElse(null))
                .specialCategory("wellbeingNotes", before.wellbeingNotes().orElse(null),
                        after.wellbeingNotes().orElse(null))
                .specialCategory("notes", before.notes().orElse(null), after.notes().orElse(null))
                .field("topics", before.topics(), after.topics());
        visit.correct(after, now);
        em.lock(visit, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        audit.record(AuditAction.UPDATE, "Visit", visitId, Optional.of(visit.getChildId()), changes);
        if (!before.interpreterLanguage().equals(after.interpreterLanguage())
                || !before.interpreter().equals(after.interpreter())) {
            logInterpreter(visit, after, now);
        }
        recomputeSchedules(visit.getChildId(), visit.getAuthor(), rules);
        return VisitRecord.of(visit, rules, currentUser.getName(), now, today(),
                concernsOf(List.of(visit)).getOrDefault(visitId, List.of()));
    }

    /** After the correction window: the author adds to the entry without changing it. */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER})
    public VisitRecord addAddendum(long visitId, String text) {
        Visit visit = visibleVisit(visitId);
        Instant now = clock.instant();
        ContactRules rules = rules();
        if (!visit.getAuthor().equals(currentUser.getName())) {
            throw new EJBAccessException("Only the author adds to a visit entry");
        }
        if (!rules.mayAddAddendum(visit.getAuthor(), visit.getRecordedAt(), currentUser.getName(), now)) {
            throw new eu.guardian.platform.validation.Conflict("visit.stillCorrectable", List.of());
        }
        new Checks().required("text", text).maxLength("text", text, VIEWS_MAX).throwIfAny();
        writableChild(visit.getChildId());
        Addendum addendum = visit.addAddendum(text.strip(), currentUser.getName(), now);
        em.persist(addendum);
        audit.record(AuditAction.CREATE, "VisitAddendum", addendum.getId(), Optional.of(visit.getChildId()),
                Changes.none().note("visit", visitId));
        return VisitRecord.of(visit, rules, currentUser.getName(), now, today(),
                concernsOf(List.of(visit)).getOrDefault(visitId, List.of()));
    }

    /** Marks a follow-up action done (the visit's author, or a caseworker). */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER})
    public VisitRecord.FollowUpRecord completeFollowUp(long followUpId) {
        FollowUp followUp = Optional.ofNullable(em.find(FollowUp.class, followUpId))
                .orElseThrow(() -> new NotFound("Follow-up " + followUpId));
        children.childToWorkOn(followUp.getChildId());
        boolean caseworker = currentUser.has(Role.CASEWORKER);
        if (!caseworker && !followUp.getVisit().getAuthor().equals(currentUser.getName())) {
            throw new EJBAccessException("Only the visit's author or a caseworker marks a follow-up done");
        }
        new Checks().that(!followUp.isDone(), "followUpId", "visit.followUpAlreadyDone").throwIfAny();
        followUp.markDone(today(), currentUser.getName());
        audit.record(AuditAction.UPDATE, "FollowUp", followUpId, Optional.of(followUp.getChildId()),
                Changes.none().field("doneOn", null, followUp.doneOn().orElse(null)));
        return new VisitRecord.FollowUpRecord(followUp.getId(), followUp.getAction(), followUp.getOwner(),
                followUp.getDueOn(), followUp.doneOn().orElse(null), followUp.getDoneBy(), false);
    }

    /** Every interpreted interaction, newest first: for the authority's oversight of interpretation. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<InterpreterLogEntry> interpreterLog(Optional<String> language, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        SqlConditions where = new SqlConditions().and(access.onChildId("l.child_id"));
        language.ifPresent(code -> where.and("l.language_code = ?", code));
        var select = em.createNativeQuery("SELECT l.id, l.visit_id, l.child_id, c.case_number, l.language_code,"
                + " l.interpreter, l.occurred_at, l.logged_by, l.kind, l.reference_id FROM interpreter_log l"
                + " JOIN child c ON c.id = l.child_id"
                + where.where() + " ORDER BY l.occurred_at DESC, l.id DESC LIMIT ? OFFSET ?");
        var count = em.createNativeQuery("SELECT COUNT(*) FROM interpreter_log l" + where.where());
        where.bindPage(select, pageSize, pageNumber * pageSize);
        where.bind(count);
        List<InterpreterLogEntry> entries = NativeRows.list(select).stream().map(row -> new InterpreterLogEntry(
                row.number("id"), row.optionalNumber("visit_id").orElse(null), row.number("child_id"),
                row.text("case_number"), row.text("language_code"), row.text("interpreter"),
                row.instant("occurred_at"), row.text("logged_by"),
                row.enumValue("kind", InterpretedInteraction.class), row.optionalNumber("reference_id").orElse(null)))
                .toList();
        audit.record(AuditAction.READ, "InterpreterLogList", null, Optional.empty(), Changes.none()
                .note("language", language.orElse(null)).note("page", pageNumber).note("size", pageSize));
        return new Page<>(entries, ((Number) count.getSingleResult()).longValue(), pageNumber, pageSize);
    }

    /** How many entries the interpreter log holds within the caller's reach (its count alone: a page is audited). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countInterpreterLog(Optional<String> language) {
        SqlConditions where = new SqlConditions().and(access.onChildId("l.child_id"));
        language.ifPresent(code -> where.and("l.language_code = ?", code));
        var count = em.createNativeQuery("SELECT COUNT(*) FROM interpreter_log l" + where.where());
        where.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    /** How many visits are stored (for benchmarks' before/after counts and dashboards). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countVisits() {
        return em.createQuery("SELECT COUNT(v) FROM Visit v", Long.class).getSingleResult();
    }

    // --- rules of the input

    private Optional<VisitFacts> validFacts(VisitInput input, Checks checks, Instant now) {
        checks.required("occurredAt", input.occurredAt()).required("mode", input.mode())
                .required("durationMinutes", input.durationMinutes()).required("seenAlone", input.seenAlone())
                .maxLength("place", input.place(), Checks.NAME_MAX)
                .maxLength("present", input.present(), PRESENT_MAX)
                .maxLength("interpreter", input.interpreter(), Checks.NAME_MAX)
                .maxLength("childViews", input.childViews(), VIEWS_MAX)
                .maxLength("wellbeingNotes", input.wellbeingNotes(), Checks.TEXT_MAX)
                .maxLength("notes", input.notes(), Checks.TEXT_MAX);
        Optional<Instant> occurredAt = instant(checks, "occurredAt", input.occurredAt());
        occurredAt.ifPresent(at -> checks.that(!at.isAfter(now.plus(CLOCK_SKEW)), "occurredAt",
                "validation.inFuture"));
        Optional<VisitMode> mode = checks.choice(VisitMode.class, "mode", input.mode());
        if (input.durationMinutes() != null) {
            checks.that(input.durationMinutes() >= 1 && input.durationMinutes() <= MAX_MINUTES, "durationMinutes",
                    "visit.validation.duration", String.valueOf(MAX_MINUTES));
        }
        if (input.wellbeing() != null) {
            checks.that(input.wellbeing() >= 1 && input.wellbeing() <= 5, "wellbeing", "validation.between", 1, 5);
        }
        Optional<String> language = text(input.interpreterLanguage());
        Optional<String> interpreter = text(input.interpreter());
        language.ifPresent(code -> checks.that(referenceData.languageCodes().contains(code), "interpreterLanguage",
                "validation.unknownLanguage", code));
        checks.that(interpreter.isEmpty() || language.isPresent(), "interpreterLanguage", "validation.required");
        checks.that(language.isEmpty() || interpreter.isPresent(), "interpreter", "validation.required");
        Set<Topic> topics = EnumSet.noneOf(Topic.class);
        for (String topic : Optional.ofNullable(input.topics()).orElse(List.of())) {
            checks.choice(Topic.class, "topics", topic).ifPresent(topics::add);
        }
        if (occurredAt.isEmpty() || mode.isEmpty() || input.durationMinutes() == null || input.seenAlone() == null
                || checks.hasErrorFor("durationMinutes") || checks.hasErrorFor("occurredAt")) {
            return Optional.empty();
        }
        return Optional.of(new VisitFacts(occurredAt.get(), mode.get(), text(input.place()), input.durationMinutes(),
                text(input.present()), input.seenAlone(), language, interpreter, text(input.childViews()),
                Optional.ofNullable(input.wellbeing()), text(input.wellbeingNotes()), text(input.notes()), topics));
    }

    private record ValidFollowUp(String action, String owner, LocalDate dueOn) {
    }

    private record ValidConcern(ConcernType type, Urgency urgency, String description) {
    }

    private static List<ValidFollowUp> validFollowUps(List<VisitInput.FollowUpInput> inputs, Checks checks,
            Optional<VisitFacts> facts) {
        List<ValidFollowUp> valid = new ArrayList<>();
        List<VisitInput.FollowUpInput> all = Optional.ofNullable(inputs).orElse(List.of());
        for (int i = 0; i < all.size(); i++) {
            VisitInput.FollowUpInput f = all.get(i);
            String prefix = "followUps[" + i + "].";
            if (f == null) {
                continue;
            }
            checks.required(prefix + "action", f.action()).maxLength(prefix + "action", f.action(), ACTION_MAX)
                    .required(prefix + "owner", f.owner()).maxLength(prefix + "owner", f.owner(), Checks.NAME_MAX)
                    .required(prefix + "dueOn", f.dueOn());
            Optional<LocalDate> due = checks.date(prefix + "dueOn", f.dueOn());
            facts.ifPresent(visit -> due.ifPresent(d -> checks.notBefore(prefix + "dueOn", d, "occurredAt",
                    day(visit.occurredAt()))));
            if (due.isPresent() && text(f.action()).isPresent() && text(f.owner()).isPresent()) {
                valid.add(new ValidFollowUp(f.action().strip(), f.owner().strip(), due.get()));
            }
        }
        return valid;
    }

    private static List<ValidConcern> validConcerns(List<VisitInput.ConcernInput> inputs, Checks checks) {
        List<ValidConcern> valid = new ArrayList<>();
        List<VisitInput.ConcernInput> all = Optional.ofNullable(inputs).orElse(List.of());
        for (int i = 0; i < all.size(); i++) {
            VisitInput.ConcernInput c = all.get(i);
            String prefix = "concerns[" + i + "].";
            if (c == null) {
                continue;
            }
            checks.required(prefix + "type", c.type()).required(prefix + "urgency", c.urgency())
                    .required(prefix + "description", c.description())
                    .maxLength(prefix + "description", c.description(), VIEWS_MAX);
            Optional<ConcernType> type = checks.choice(ConcernType.class, prefix + "type", c.type());
            Optional<Urgency> urgency = checks.choice(Urgency.class, prefix + "urgency", c.urgency());
            if (type.isPresent() && urgency.isPresent() && text(c.description()).isPresent()) {
                valid.add(new ValidConcern(type.get(), urgency.get(), c.description().strip()));
            }
        }
        return valid;
    }

    /** ISO date-time with an offset, or without one as UTC; an unreadable value is an error. */
    static Optional<Instant> instant(Checks checks, String field, String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toInstant());
        } catch (DateTimeParseException withoutOffset) {
            try {
                return Optional.of(LocalDateTime.parse(text).toInstant(ZoneOffset.UTC));
            } catch (DateTimeParseException e) {
                checks.that(false, field, "visit.validation.dateTime", value);
                return Optional.empty();
            }
        }
    }

    // --- effects

    private ConcernRecord raise(Visit visit, Child child, ValidConcern valid, Instant now) {
        Concern concern = new Concern(visit.getId(), child.getId(), valid.type(), valid.urgency(),
                valid.description(), currentUser.getName(), now);
        em.persist(concern);
        audit.record(AuditAction.CREATE, "Concern", concern.getId(), Optional.of(child.getId()), Changes.none()
                .note("type", valid.type()).note("urgency", valid.urgency()).note("visit", visit.getId()));
        // The responsible caseworker first; the whole team only when the case has none, or after a setting's time
        // (Reminders.concernsToTeam; docs/domain-rules.md#responsible-caseworker).
        String messageKey = valid.urgency() == Urgency.URGENT ? "notification.urgentConcern" : "notification.concern";
        notifications.fire(child.responsibleCaseworker()
                .map(caseworker -> NotificationRequested.toUser(caseworker, NotificationKind.CONCERN,
                        Optional.of(child.getId()), messageKey, child.getCaseNumber()))
                .orElseGet(() -> NotificationRequested.toRole(Role.CASEWORKER, NotificationKind.CONCERN,
                        Optional.of(child.getId()), messageKey, child.getCaseNumber())));
        return ConcernRecord.of(concern, child.getCaseNumber());
    }

    private void logInterpreter(Visit visit, VisitFacts facts, Instant now) {
        if (facts.interpreterLanguage().isEmpty() || facts.interpreter().isEmpty()) {
            return;
        }
        em.createNativeQuery("INSERT INTO interpreter_log (visit_id, child_id, language_code, interpreter,"
                        + " occurred_at, logged_by, logged_at, kind, reference_id) VALUES (?, ?, ?, ?, ?, ?, ?, 'VISIT', ?)")
                .setParameter(8, visit.getId()).setParameter(1, visit.getId()).setParameter(2, visit.getChildId())
                .setParameter(3, facts.interpreterLanguage().get()).setParameter(4, facts.interpreter().get())
                .setParameter(5, Timestamp.from(facts.occurredAt())).setParameter(6, currentUser.getName())
                .setParameter(7, Timestamp.from(now)).executeUpdate();
    }

    /**
     * The contact schedules a visit of this author moves: the author's active guardianships of the child, locked
     * for the update (concurrent visits of one ward take turns). A guardianship without a schedule gets one.
     */
    private List<ContactSchedule> schedulesOf(long childId, String author) {
        List<Guardianship> active = em.createQuery("SELECT g FROM Guardianship g WHERE g.child.id = :child"
                        + " AND g.guardian.username = :user AND " + CurrentGuardianship.jpql("g"), Guardianship.class)
                .setParameter("child", childId).setParameter("user", author).setParameter("day", today())
                .getResultList();
        List<ContactSchedule> schedules = new ArrayList<>();
        for (Guardianship g : active) {
            ContactSchedule schedule = em.find(ContactSchedule.class, g.getId(), LockModeType.PESSIMISTIC_WRITE);
            if (schedule == null) {
                schedule = new ContactSchedule(g.getId(), childId, g.getGuardian().getId(),
                        ContactRules.Schedule.start(g.getAppointedOn(), g.getFirstMeetingDue()));
                em.persist(schedule);
            }
            schedules.add(schedule);
        }
        return schedules;
    }

    /** After a correction: the schedule from the author's personal contacts as they now are. */
    private void recomputeSchedules(long childId, String author, ContactRules rules) {
        em.flush();
        for (ContactSchedule schedule : schedulesOf(childId, author)) {
            ContactRules.Schedule state = schedule.state();
            Instant since = state.appointedOn().atStartOfDay(ZoneOffset.UTC).toInstant();
            // Native: EclipseLink would pass the aggregate's raw value through the Instant converter.
            Object[] personal = (Object[]) em.createNativeQuery("SELECT MIN(occurred_at), MAX(occurred_at) FROM visit"
                            + " WHERE child_id = ? AND mode = 'IN_PERSON' AND occurred_at >= ? AND author = ?")
                    .setParameter(1, childId).setParameter(2, Timestamp.from(since)).setParameter(3, author)
                    .getSingleResult();
            ContactRules.Schedule fresh = ContactRules.Schedule.start(state.appointedOn(), state.firstMeetingDue());
            for (Object at : personal) {
                if (at != null) {
                    fresh = rules.after(fresh, VisitMode.IN_PERSON, day(SqlValues.instant(at)));
                }
            }
            schedule.apply(fresh);
            Object last = em.createNativeQuery("SELECT MAX(occurred_at) FROM visit WHERE child_id = ? AND author = ?")
                    .setParameter(1, childId).setParameter(2, author).getSingleResult();
            schedule.lastContactWas(Optional.ofNullable(last).map(SqlValues::instant));
        }
    }

    // --- access

    /**
     * The child a visit is logged for: a guardian only for a current ward (anyone else's child, or one whose
     * guardianship ended, is refused with 403 whether it exists or not); a caseworker any existing child.
     */
    private Child writableChild(long childId) {
        try {
            Child child = children.childToWorkOn(childId);
            child.requireOpen();
            return child;
        } catch (NotFound notFound) {
            if (currentUser.has(Role.CASEWORKER)) {
                throw notFound;
            }
            throw new EJBAccessException("Visits are logged only for one's current wards");
        }
    }

    private Visit visibleVisit(long visitId) {
        Visit visit = em.find(Visit.class, visitId);
        if (visit == null) {
            throw new NotFound("Visit " + visitId);
        }
        children.visibleChild(visit.getChildId());
        return visit;
    }

    private String authorRole() {
        return currentUser.has(Role.CASEWORKER) ? Role.Names.CASEWORKER : Role.Names.GUARDIAN;
    }

    private Map<Long, List<ConcernRecord>> concernsOf(List<Visit> visits) {
        if (visits.isEmpty()) {
            return Map.of();
        }
        List<Long> ids = visits.stream().map(Visit::getId).toList();
        String caseNumber = children.visibleChild(visits.get(0).getChildId()).getCaseNumber();
        return em.createQuery("SELECT c FROM Concern c WHERE c.visitId IN :visits ORDER BY c.id", Concern.class)
                .setParameter("visits", ids).getResultList().stream()
                .collect(Collectors.groupingBy(Concern::getVisitId,
                        Collectors.mapping(c -> ConcernRecord.of(c, caseNumber), Collectors.toList())));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    static Optional<String> text(String value) {
        return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
    }
}
