package eu.guardian.complaint;

import eu.guardian.child.ChildNames;
import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.complaint.ComplaintRecords.ComplaintDetail;
import eu.guardian.complaint.ComplaintRecords.ComplaintFilter;
import eu.guardian.complaint.ComplaintRecords.ComplaintInput;
import eu.guardian.complaint.ComplaintRecords.ComplaintSummary;
import eu.guardian.guardianship.CurrentGuardianship;
import eu.guardian.platform.persistence.Row;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.SqlFragment;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Complaints of children (through their guardian or a caseworker), guardians and carers (reception staff), tracked
 * by the authority to an outcome.
 * <p>
 * Who sees a complaint is decided in the queries here, never only on a page: the authority and auditors see those
 * about the children of their jurisdiction ({@code ChildAccess}); whoever lodged it sees it; caseworkers see the
 * complaints that are not confidential about the children of their jurisdiction; a guardian sees the
 * non-confidential complaints about their current wards. Above all of that, a complaint about a guardian is never
 * shown to that guardian (their login, through the guardian registry's username), whoever lodged it.
 */
@Stateless
public class Complaints {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,100}");
    private static final int DESCRIPTION_MAX = 4000;

    private static final String SUMMARY_COLUMNS = "cp.id, cp.reference, cp.child_id, c.case_number, "
            + ChildNames.columns("c") + ", cp.complainant, cp.subject, cp.confidential, cp.lodged_on, cp.due_on, cp.owner,"
            + " cp.status";

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

    /** Lodges a complaint for a child the caller may see; the answer carries its reference. */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.RECEPTION, Role.Names.AUTHORITY})
    public ComplaintDetail lodge(ComplaintInput input) {
        Checks checks = new Checks().required("complainant", input.complainant()).required("subject", input.subject())
                .required("description", input.description())
                .maxLength("description", input.description(), DESCRIPTION_MAX);
        checks.that(input.childId() != null || input.caseNumber() != null && !input.caseNumber().isBlank(),
                "caseNumber", "validation.required");
        Optional<Complainant> complainant = checks.choice(Complainant.class, "complainant", input.complainant());
        Optional<ComplaintSubject> subject = checks.choice(ComplaintSubject.class, "subject", input.subject());
        subject.filter(s -> s != ComplaintSubject.GUARDIAN).ifPresent(s -> checks.that(input.aboutGuardianId() == null,
                "aboutGuardianId", "complaint.guardianOnlyForGuardianSubject"));
        checks.throwIfAny();
        Child child = children.childToWorkOn(childIdOf(input));
        child.requireOpen();
        LocalDate today = today();
        Optional<Long> aboutGuardian = Optional.empty();
        if (subject.get() == ComplaintSubject.GUARDIAN) {
            aboutGuardian = Optional.ofNullable(input.aboutGuardianId()).or(() -> currentGuardianOf(child.getId(), today));
            if (aboutGuardian.isEmpty()) {
                throw new InvalidInput("aboutGuardianId", "complaint.noGuardian");
            }
            if (!wasGuardianOf(aboutGuardian.get(), child.getId())) {
                throw new InvalidInput("aboutGuardianId", "complaint.notChildsGuardian");
            }
            if (isOwnGuardianRecord(aboutGuardian.get())) {
                throw new InvalidInput("subject", "complaint.aboutYourself");
            }
        }
        Complaint complaint = new Complaint(child.getId(), complainant.get(), subject.get(), aboutGuardian,
                Boolean.TRUE.equals(input.confidential()), input.description().strip(),
                today.plusDays(settings.value(SettingKey.COMPLAINT_DUE_DAYS)), currentUser.getName(),
                clock.instant());
        em.persist(complaint);
        complaint.assignReference();
        em.flush();
        audit.record(AuditAction.CREATE, "Complaint", complaint.getId(), Optional.of(child.getId()), Changes.none()
                .note("reference", complaint.getReference()).note("subject", complaint.getSubject())
                .note("complainant", complaint.getComplainant()).note("confidential", complaint.isConfidential()));
        return detailOf(complaint, child);
    }

    /** The complaints the caller may see, filtered and paged in the database, nearest due date first. */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.RECEPTION, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public Page<ComplaintSummary> list(ComplaintFilter filter, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        LocalDate today = today();
        SqlConditions where = visible();
        filter.status().ifPresent(status -> where.and("cp.status = ?", status.name()));
        if (filter.openOnly()) {
            where.and("cp.status <> 'CLOSED'");
        }
        filter.subject().ifPresent(subject -> where.and("cp.subject = ?", subject.name()));
        filter.owner().ifPresent(owner -> where.and("cp.owner = ?", owner));
        if (filter.unassignedOnly()) {
            where.and("cp.owner IS NULL");
        }
        if (filter.overdueOnly()) {
            where.and("cp.status <> 'CLOSED' AND cp.due_on < ?", Date.valueOf(today));
        }
        filter.reference().ifPresent(reference -> where.and("cp.reference = ?",
                reference.strip().toUpperCase(Locale.ROOT)));
        filter.childId().ifPresent(childId -> where.and("cp.child_id = ?", childId));
        String from = " FROM complaint cp JOIN child c ON c.id = cp.child_id";
        Query select = em.createNativeQuery("SELECT " + SUMMARY_COLUMNS + from + where.where()
                + " ORDER BY cp.due_on, cp.id LIMIT ? OFFSET ?");
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1" + from + where.where() + " LIMIT "
                + Page.COUNT_LIMIT + ") matches");
        where.bindPage(select, pageSize, pageNumber * pageSize);
        where.bind(count);
        List<ComplaintSummary> items = NativeRows.list(select).stream().map(row -> summaryOf(row, today)).toList();
        return new Page<>(items, ((Number) count.getSingleResult()).longValue(), pageNumber, pageSize);
    }

    /** One complaint, if the caller may see it (else "not found"); the read is audited. */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.RECEPTION, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public ComplaintDetail get(long complaintId) {
        Complaint complaint = visibleComplaint(complaintId);
        audit.record(AuditAction.READ, "Complaint", complaintId, Optional.of(complaint.getChildId()), Changes.none());
        return detailOf(complaint, em.find(Child.class, complaint.getChildId()));
    }

    /**
     * The complaint itself, if the caller may see it, without recording a read: for what is attached to it (its
     * documents, whose own reads are recorded).
     */
    @RolesAllowed({Role.Names.GUARDIAN, Role.Names.CASEWORKER, Role.Names.RECEPTION, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public Complaint visibleEntry(long complaintId) {
        return visibleComplaint(complaintId);
    }

    /** Gives the complaint to a person at the authority, against the version read (409 if changed meanwhile). */
    @RolesAllowed(Role.Names.AUTHORITY)
    public ComplaintDetail assign(long complaintId, Long expectedVersion, String owner) {
        Checks checks = new Checks().required("version", expectedVersion).required("owner", owner);
        checks.that(owner == null || owner.isBlank() || USERNAME.matcher(owner.strip()).matches(), "owner",
                "team.usernameFormat");
        checks.throwIfAny();
        Complaint complaint = changeable(complaintId, expectedVersion);
        Changes changes = Changes.none().field("owner", complaint.owner().orElse(null), owner.strip())
                .field("status", complaint.getStatus(), ComplaintStatus.IN_PROGRESS);
        complaint.assignTo(owner.strip());
        em.flush();
        audit.record(AuditAction.UPDATE, "Complaint", complaintId, Optional.of(complaint.getChildId()), changes);
        return detailOf(complaint, em.find(Child.class, complaint.getChildId()));
    }

    /** Records the outcome and closes the complaint, against the version read. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public ComplaintDetail decide(long complaintId, Long expectedVersion, String outcome, String outcomeText,
            String decidedOn) {
        Checks checks = new Checks().required("version", expectedVersion).required("outcome", outcome)
                .required("outcomeText", outcomeText).maxLength("outcomeText", outcomeText, Checks.TEXT_MAX);
        Optional<ComplaintOutcome> parsed = checks.choice(ComplaintOutcome.class, "outcome", outcome);
        Optional<LocalDate> on = checks.date("decidedOn", decidedOn);
        LocalDate today = today();
        on.ifPresent(day -> checks.notInFuture("decidedOn", day, today));
        checks.throwIfAny();
        Complaint complaint = changeable(complaintId, expectedVersion);
        LocalDate day = on.orElse(today);
        if (day.isBefore(complaint.getLodgedOn())) {
            throw new InvalidInput("decidedOn", "validation.before", "complaint.lodgedOn");
        }
        Changes changes = Changes.none().field("status", complaint.getStatus(), ComplaintStatus.CLOSED)
                .field("outcome", null, parsed.get()).note("decidedOn", day);
        complaint.decide(parsed.get(), outcomeText.strip(), day, currentUser.getName());
        em.flush();
        audit.record(AuditAction.UPDATE, "Complaint", complaintId, Optional.of(complaint.getChildId()), changes);
        return detailOf(complaint, em.find(Child.class, complaint.getChildId()));
    }

    /** For dashboards: complaints not closed. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countOpen() {
        return count(visible().and("cp.status <> 'CLOSED'"));
    }

    /** For dashboards: complaints not closed whose due date has passed. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countOverdue() {
        return count(visible().and("cp.status IN ('RECEIVED', 'IN_PROGRESS')").and("cp.due_on < ?",
                Date.valueOf(today())));
    }

    /** For dashboards: complaints nobody at the authority owns yet. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long countUnassigned() {
        return count(visible().and("cp.status = 'RECEIVED'"));
    }

    private long count(SqlConditions conditions) {
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM complaint cp" + conditions.where());
        conditions.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private Complaint changeable(long complaintId, long expectedVersion) {
        Complaint complaint = visibleComplaint(complaintId);
        if (complaint.isClosed()) {
            throw new Conflict("complaint.closed", List.of(complaint.getReference()));
        }
        if (complaint.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The complaint was changed by someone else");
        }
        return complaint;
    }

    private Complaint visibleComplaint(long complaintId) {
        SqlConditions visible = visible().and("cp.id = ?", complaintId);
        Query query = em.createNativeQuery("SELECT cp.id FROM complaint cp" + visible.where());
        visible.bind(query);
        if (query.getResultList().isEmpty()) {
            throw new NotFound("Complaint " + complaintId);
        }
        return em.find(Complaint.class, complaintId);
    }

    /** The SQL conditions of the complaints (alias cp) the caller may see; see the class comment. */
    private SqlConditions visible() {
        String me = currentUser.getName();
        SqlConditions visible = new SqlConditions().and("(cp.about_guardian_id IS NULL OR NOT EXISTS (SELECT 1 FROM"
                + " guardian ag WHERE ag.id = cp.about_guardian_id AND ag.username = ?))", me);
        if (currentUser.has(Role.AUTHORITY) || currentUser.has(Role.AUDITOR)) {
            return visible.and(access.onChildId("cp.child_id"));
        }
        if (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN)) {
            SqlFragment inReach = access.onChildId("cp.child_id");
            List<Object> parameters = new ArrayList<>(List.of(me));
            parameters.addAll(inReach.parameters());
            return visible.and(new SqlFragment("(cp.lodged_by = ? OR cp.confidential = FALSE AND " + inReach.sql()
                    + ")", parameters));
        }
        if (currentUser.has(Role.RECEPTION)) {
            return visible.and("cp.lodged_by = ?", me);
        }
        return visible.and("1 = 0");
    }

    private long childIdOf(ComplaintInput input) {
        if (input.childId() != null) {
            return input.childId();
        }
        List<?> ids = em.createNativeQuery("SELECT id FROM child WHERE case_number = ?")
                .setParameter(1, input.caseNumber().strip().toUpperCase(Locale.ROOT)).getResultList();
        if (ids.isEmpty()) {
            throw new InvalidInput("caseNumber", "complaint.unknownCase");
        }
        return ((Number) ids.get(0)).longValue();
    }

    private Optional<Long> currentGuardianOf(long childId, LocalDate today) {
        SqlFragment current = CurrentGuardianship.onDay("g", today);
        var query = em.createNativeQuery("SELECT g.guardian_id FROM guardianship g WHERE g.child_id = ? AND "
                + current.sql() + " ORDER BY g.kind = 'FULL' DESC LIMIT 1");
        current.bind(query.setParameter(1, childId), 2);
        return ((List<?>) query.getResultList()).stream().findFirst().map(id -> ((Number) id).longValue());
    }

    private boolean wasGuardianOf(long guardianId, long childId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM guardianship WHERE guardian_id = ? AND child_id = ?")
                .setParameter(1, guardianId).setParameter(2, childId).getSingleResult()).longValue() > 0;
    }

    private boolean isOwnGuardianRecord(long guardianId) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM guardian WHERE id = ? AND username = ?")
                .setParameter(1, guardianId).setParameter(2, currentUser.getName()).getSingleResult())
                .longValue() > 0;
    }

    private ComplaintDetail detailOf(Complaint complaint, Child child) {
        String guardianName = complaint.aboutGuardianId().map(id -> (String) em.createNativeQuery(
                "SELECT name FROM guardian WHERE id = ?").setParameter(1, id).getSingleResult()).orElse(null);
        return new ComplaintDetail(complaint.getId(), complaint.getReference(), complaint.getChildId(),
                child.getCaseNumber(), child.getFullName(), complaint.getComplainant(), complaint.getSubject(),
                complaint.aboutGuardianId().orElse(null), guardianName, complaint.isConfidential(),
                complaint.getDescription(), complaint.getLodgedOn(), complaint.getLodgedBy(), complaint.getDueOn(),
                complaint.owner().orElse(null), complaint.getStatus(), complaint.outcome().orElse(null),
                complaint.outcomeText().orElse(null), complaint.decidedOn().orElse(null),
                complaint.decidedBy().orElse(null), complaint.isOverdueOn(today()), complaint.getVersion(),
                currentUser.has(Role.AUTHORITY) && !complaint.isClosed());
    }

    private static ComplaintSummary summaryOf(Row row, LocalDate today) {
        LocalDate due = row.date("due_on");
        ComplaintStatus status = row.enumValue("status", ComplaintStatus.class);
        return new ComplaintSummary(row.number("id"), row.text("reference"), row.number("child_id"),
                row.text("case_number"), ChildNames.fullName(row),
                row.enumValue("complainant", Complainant.class), row.enumValue("subject", ComplaintSubject.class),
                row.flag("confidential"), row.date("lodged_on"), due, row.optionalText("owner").orElse(null), status,
                status != ComplaintStatus.CLOSED && due.isBefore(today));
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
