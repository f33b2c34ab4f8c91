package eu.guardian.protection;

import eu.guardian.child.ChildNames;
import eu.guardian.child.SignificantChange;
import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.child.Child;
import eu.guardian.child.ChildAccess;
import eu.guardian.child.ChildRegistry;
import eu.guardian.guardianship.CurrentGuardianship;
import eu.guardian.platform.notification.NotificationKind;
import eu.guardian.platform.notification.NotificationRequested;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.protection.ProtectionInputs.AlertsInput;
import eu.guardian.protection.ProtectionInputs.MissingReport;
import eu.guardian.protection.ProtectionInputs.PoliceInput;
import eu.guardian.protection.ProtectionInputs.ReturnInput;
import eu.guardian.protection.ProtectionRecords.EpisodeRecord;
import eu.guardian.protection.ProtectionRecords.OpenMissing;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Missing children (docs/domain-rules.md#missing-children): the report (police the same day, the guardian told, the
 * 116 000 hotline and the SIS alert recorded), the open-missing list, and the return with its debrief, after which
 * the child is screened again and the BIA reviewed. Guardianship goes on while a child is missing.
 */
@Stateless
public class MissingChildren {

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
    Event<NotificationRequested> notifications;

    @Inject
    Clock clock;

    /** The child's current guardians hear of the disappearance under their bell at once (case number only). */
    private void alertGuardians(Child child) {
        em.createQuery("SELECT g.guardian.username FROM Guardianship g WHERE g.child = :child"
                        + " AND g.guardian.username IS NOT NULL AND " + CurrentGuardianship.jpql("g"), String.class)
                .setParameter("child", child).setParameter("day", LocalDate.now(clock)).getResultList()
                .forEach(username -> notifications.fire(NotificationRequested.toUser(username,
                        NotificationKind.MISSING, Optional.of(child.getId()), "notification.missing",
                        child.getCaseNumber())));
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.RECEPTION})
    public EpisodeRecord report(long childId, MissingReport input) {
        Child child = children.childToWorkOn(childId);
        child.requireOpen();
        Instant now = clock.instant();
        Checks checks = new Checks().required("reportedBy", input.reportedBy())
                .maxLength("reportedBy", input.reportedBy(), Checks.NAME_MAX)
                .required("lastSeenAt", input.lastSeenAt()).required("lastSeenPlace", input.lastSeenPlace())
                .maxLength("lastSeenPlace", input.lastSeenPlace(), Checks.NAME_MAX)
                .maxLength("lastSeenWearing", input.lastSeenWearing(), 500)
                .maxLength("lastSeenWith", input.lastSeenWith(), 500).required("riskLevel", input.riskLevel());
        Optional<Instant> lastSeen = DateTimes.parse(checks, "lastSeenAt", input.lastSeenAt());
        DateTimes.notInFuture(checks, "lastSeenAt", lastSeen, now);
        Optional<RiskLevel> risk = checks.choice(RiskLevel.class, "riskLevel", input.riskLevel());
        Optional<PoliceFacts> police = Optional.ofNullable(input.police()).filter(p -> !(blank(p.notifiedAt())
                && blank(p.station()) && blank(p.reference()))).map(p -> policeFacts(checks, p, now));
        AlertFacts alerts = alertFacts(checks, new AlertsInput(input.guardianNotifiedAt(), input.hotlineCalledAt(),
                input.hotlineReference(), input.sisAlertId(), null), now);
        checks.throwIfAny();
        boolean alreadyMissing = em.createQuery("SELECT COUNT(m) FROM MissingEpisode m WHERE m.childId = :child"
                + " AND m.status = :open", Long.class).setParameter("child", childId)
                .setParameter("open", MissingStatus.OPEN).getSingleResult() > 0;
        if (alreadyMissing) {
            throw new Conflict("protection.missing.alreadyOpen", List.of());
        }
        MissingEpisode episode = new MissingEpisode(childId, input.reportedBy().strip(), lastSeen.orElseThrow(),
                input.lastSeenPlace().strip(), DateTimes.trimmed(input.lastSeenWearing()),
                DateTimes.trimmed(input.lastSeenWith()), risk.orElseThrow(), currentUser.getName(), now,
                ProtectionDeadlines.policeDueAt(now, settings.value(SettingKey.POLICE_NOTICE_GRACE_HOURS)));
        police.ifPresent(p -> episode.policeNotified(p.at(), p.station(), p.reference()));
        episode.alertsRecorded(alerts.guardianNotifiedAt(), alerts.hotlineCalledAt(), alerts.hotlineReference(),
                alerts.sisAlertId(), Optional.empty());
        em.persist(episode);
        audit.record(AuditAction.CREATE, "MissingEpisode", episode.getId(), Optional.of(childId), Changes.none()
                .note("riskLevel", episode.getRiskLevel()).note("policeNotified", police.isPresent()));
        alertGuardians(child);
        return EpisodeRecord.of(episode, now);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.RECEPTION})
    public EpisodeRecord policeNotified(long childId, long episodeId, PoliceInput input) {
        MissingEpisode episode = changeable(childId, episodeId);
        Instant now = clock.instant();
        Checks checks = new Checks();
        PoliceFacts police = policeFacts(checks, input, now);
        checks.throwIfAny();
        Changes changes = Changes.none().field("policeReference", episode.getPoliceReference(), police.reference())
                .field("policeStation", episode.getPoliceStation(), police.station());
        episode.policeNotified(police.at(), police.station(), police.reference());
        audit.record(AuditAction.UPDATE, "MissingEpisode", episodeId, Optional.of(childId), changes);
        em.flush();
        return EpisodeRecord.of(episode, now);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.RECEPTION})
    public EpisodeRecord alerts(long childId, long episodeId, AlertsInput input) {
        MissingEpisode episode = changeable(childId, episodeId);
        Instant now = clock.instant();
        Checks checks = new Checks();
        AlertFacts alerts = alertFacts(checks, input, now);
        Optional<RiskLevel> risk = checks.choice(RiskLevel.class, "riskLevel", input.riskLevel());
        checks.throwIfAny();
        Changes changes = Changes.none().field("hotlineReference", episode.getHotlineReference(),
                        alerts.hotlineReference().orElse(episode.getHotlineReference()))
                .field("sisAlertId", episode.getSisAlertId(), alerts.sisAlertId().orElse(episode.getSisAlertId()))
                .field("riskLevel", episode.getRiskLevel(), risk.orElse(episode.getRiskLevel()));
        episode.alertsRecorded(alerts.guardianNotifiedAt(), alerts.hotlineCalledAt(), alerts.hotlineReference(),
                alerts.sisAlertId(), risk);
        audit.record(AuditAction.UPDATE, "MissingEpisode", episodeId, Optional.of(childId), changes);
        em.flush();
        return EpisodeRecord.of(episode, now);
    }

    /** Found or returned: the episode closes, a new screening becomes due, and the BIA is to be reviewed. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.RECEPTION})
    public EpisodeRecord returned(long childId, long episodeId, ReturnInput input) {
        MissingEpisode episode = changeable(childId, episodeId);
        Instant now = clock.instant();
        Checks checks = new Checks().required("returnedAt", input.returnedAt()).required("place", input.place())
                .maxLength("place", input.place(), Checks.NAME_MAX).required("how", input.how())
                .maxLength("how", input.how(), 500).maxLength("debrief", input.debrief(), 4000);
        Optional<Instant> at = DateTimes.parse(checks, "returnedAt", input.returnedAt());
        DateTimes.notInFuture(checks, "returnedAt", at, now);
        at.ifPresent(a -> checks.that(!a.isBefore(episode.getLastSeenAt()), "returnedAt",
                "protection.validation.beforeLastSeen"));
        checks.throwIfAny();
        episode.returned(at.orElseThrow(), input.place().strip(), input.how().strip(),
                DateTimes.trimmed(input.debrief()), currentUser.getName());
        audit.record(AuditAction.UPDATE, "MissingEpisode", episodeId, Optional.of(childId),
                Changes.none().field("status", MissingStatus.OPEN, MissingStatus.RETURNED).note("screeningDue", true));
        reviewTriggers.fire(new SignificantChange(childId, SignificantChange.Reason.RETURN_FROM_MISSING));
        em.flush();
        return EpisodeRecord.of(episode, now);
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public List<EpisodeRecord> episodes(long childId) {
        children.visibleChild(childId);
        audit.record(AuditAction.READ, "MissingEpisode", childId, Optional.of(childId), Changes.none());
        Instant now = clock.instant();
        return em.createQuery("SELECT m FROM MissingEpisode m WHERE m.childId = :child ORDER BY m.reportedAt DESC,"
                        + " m.id DESC", MissingEpisode.class).setParameter("child", childId).getResultList().stream()
                .map(m -> EpisodeRecord.of(m, now)).toList();
    }

    /**
     * The children missing now that the caller may see (a guardian: their own wards), longest missing first, with the
     * hours since they were last seen. Paged in the database.
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Page<OpenMissing> openMissing(int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        SqlConditions scope = openScope();
        var select = em.createNativeQuery("SELECT m.id AS episode_id, c.id AS child_id, c.case_number,"
                + " " + ChildNames.columns("c") + ", m.last_seen_at, m.last_seen_place, m.risk_level,"
                + " m.police_notified_at, m.police_due_at,"
                + " (SELECT COUNT(*) FROM missing_episode e WHERE e.child_id = c.id) AS episodes"
                + " FROM missing_episode m JOIN child c ON c.id = m.child_id" + scope.where()
                + " ORDER BY m.last_seen_at, m.id LIMIT ? OFFSET ?");
        scope.bindPage(select, pageSize, pageNumber * pageSize);
        Instant now = clock.instant();
        List<OpenMissing> rows = NativeRows.list(select).stream().map(r -> {
            Instant lastSeen = r.instant("last_seen_at");
            Optional<Instant> notified = r.optionalInstant("police_notified_at");
            return new OpenMissing(r.number("episode_id"), r.number("child_id"), r.text("case_number"),
                    ChildNames.fullName(r), lastSeen, r.text("last_seen_place"),
                    r.enumValue("risk_level", RiskLevel.class), ProtectionDeadlines.hoursElapsed(lastSeen, now),
                    notified.isPresent(), ProtectionDeadlines.policeOverdue(r.instant("police_due_at"), notified, now),
                    r.number("episodes"));
        }).toList();
        audit.record(AuditAction.READ, "MissingList", "open", Optional.empty(),
                Changes.none().note("children", rows.stream().map(OpenMissing::childId).toList()));
        return new Page<>(rows, countOpen(scope), pageNumber, pageSize);
    }

    /** Children missing now, among those the caller may see (for dashboards). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long openMissingCount() {
        return countOpen(openScope());
    }

    /** When the child missing longest (among those the caller may see) was last seen (for dashboards). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public Optional<Instant> longestMissingSince() {
        SqlConditions scope = openScope();
        var query = em.createNativeQuery("SELECT MIN(m.last_seen_at) AS since FROM missing_episode m JOIN child c"
                + " ON c.id = m.child_id" + scope.where());
        scope.bind(query);
        return NativeRows.first(query).flatMap(row -> row.optionalInstant("since"));
    }

    /** Open episodes whose police notification is overdue (for dashboards). */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public long policeOverdueCount() {
        SqlConditions scope = openScope().and("m.police_notified_at IS NULL").and("m.police_due_at <= ?",
                Timestamp.from(clock.instant()));
        return countOpen(scope);
    }

    /**
     * The open missing alerts of a guardian's current wards, for a notification bell to call (newest first, at most
     * 20). Works for the signed-in guardian only.
     */
    @RolesAllowed(Role.Names.GUARDIAN)
    public List<OpenMissing> alertsForMyWards() {
        return openMissing(0, 20).items();
    }

    /** The child's open episode, if the child is missing now (for the banner on the file). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public Optional<EpisodeRecord> openEpisode(long childId) {
        children.visibleChild(childId);
        Instant now = clock.instant();
        return em.createQuery("SELECT m FROM MissingEpisode m WHERE m.childId = :child AND m.status = :open",
                        MissingEpisode.class).setParameter("child", childId).setParameter("open", MissingStatus.OPEN)
                .setMaxResults(1).getResultList().stream().findFirst().map(m -> EpisodeRecord.of(m, now));
    }

    private SqlConditions openScope() {
        return access.conditions().and("m.status = 'OPEN'");
    }

    private long countOpen(SqlConditions scope) {
        var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM missing_episode m JOIN child c"
                + " ON c.id = m.child_id" + scope.where() + " LIMIT " + Page.COUNT_LIMIT + ") matches");
        scope.bind(count);
        return ((Number) count.getSingleResult()).longValue();
    }

    private MissingEpisode changeable(long childId, long episodeId) {
        children.childToWorkOn(childId);
        MissingEpisode episode = em.find(MissingEpisode.class, episodeId);
        if (episode == null || episode.getChildId() != childId) {
            throw new NotFound("Missing episode " + episodeId);
        }
        if (!episode.isOpen()) {
            throw new Conflict("protection.missing.alreadyReturned", List.of());
        }
        return episode;
    }

    private record PoliceFacts(Instant at, String station, String reference) {
    }

    private record AlertFacts(Optional<Instant> guardianNotifiedAt, Optional<Instant> hotlineCalledAt,
            Optional<String> hotlineReference, Optional<String> sisAlertId) {
    }

    private static PoliceFacts policeFacts(Checks checks, PoliceInput input, Instant now) {
        checks.required("police.notifiedAt", input.notifiedAt()).required("police.station", input.station())
                .maxLength("police.station", input.station(), Checks.NAME_MAX)
                .required("police.reference", input.reference()).maxLength("police.reference", input.reference(), 100);
        Optional<Instant> at = DateTimes.parse(checks, "police.notifiedAt", input.notifiedAt());
        DateTimes.notInFuture(checks, "police.notifiedAt", at, now);
        return new PoliceFacts(at.orElse(null), DateTimes.trimmed(input.station()),
                DateTimes.trimmed(input.reference()));
    }

    private static AlertFacts alertFacts(Checks checks, AlertsInput input, Instant now) {
        checks.maxLength("hotlineReference", input.hotlineReference(), 100)
                .maxLength("sisAlertId", input.sisAlertId(), 100);
        Optional<Instant> guardian = DateTimes.parse(checks, "guardianNotifiedAt", input.guardianNotifiedAt());
        Optional<Instant> hotline = DateTimes.parse(checks, "hotlineCalledAt", input.hotlineCalledAt());
        DateTimes.notInFuture(checks, "guardianNotifiedAt", guardian, now);
        DateTimes.notInFuture(checks, "hotlineCalledAt", hotline, now);
        return new AlertFacts(guardian, hotline, Optional.ofNullable(DateTimes.trimmed(input.hotlineReference())),
                Optional.ofNullable(DateTimes.trimmed(input.sisAlertId())));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
