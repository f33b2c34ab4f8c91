package eu.guardian.guardian;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.Changes;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.reference.CareCentre;
import eu.guardian.platform.reference.ReferenceData;
import eu.guardian.platform.reference.Regions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.security.Role;
import eu.guardian.staff.Accounts;
import eu.guardian.staff.KeycloakUser;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The registry of vetted, trained guardians, kept by the guardianship authority. A guardian's login is made here, in
 * Keycloak through {@link Accounts}, and linked by Keycloak's user id (docs/accounts.md); deactivation, which must
 * first give each ward another guardian, is guardianship's ({@code guardianship.GuardianDeactivation}).
 */
@Stateless
public class GuardianRegistry {

    @PersistenceContext
    EntityManager em;

    @Inject
    Settings settings;

    @Inject
    ReferenceData referenceData;

    @Inject
    Regions regions;

    @Inject
    AuditTrail audit;

    @Inject
    Clock clock;

    @Inject
    Accounts accounts;

    /** Registers a guardian and, if asked, their login: both or neither (the login is undone if the entry fails). */
    @RolesAllowed(Role.Names.AUTHORITY)
    public GuardianSummary register(GuardianInput input) {
        ValidGuardian valid = validate(input);
        Guardian guardian = new Guardian(valid.profile());
        applyVetting(guardian, valid);
        em.persist(guardian);
        audit.record(AuditAction.CREATE, "Guardian", guardian.getId(), Optional.empty(), Changes.none());
        if (input.wantsLogin()) {
            em.flush(); // the entry's own rules first, so that a refused entry never leaves an invitation behind
            link(guardian, input.loginUsername());
        }
        return GuardianSummary.of(guardian, settings.value(SettingKey.CASELOAD_CAP));
    }

    /**
     * Gives a registered guardian a login in Keycloak (role guardian; invitation to their e-mail address), named
     * {@code loginUsername} or else by the e-mail address.
     */
    @RolesAllowed(Role.Names.AUTHORITY)
    public GuardianSummary giveLogin(long guardianId, String loginUsername) {
        Guardian guardian = guardian(guardianId);
        if (guardian.keycloakId().isPresent() || guardian.username().isPresent()) {
            throw new Conflict("guardian.hasLogin", List.of());
        }
        link(guardian, loginUsername);
        em.lock(guardian, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return GuardianSummary.of(guardian, settings.value(SettingKey.CASELOAD_CAP));
    }

    private void link(Guardian guardian, String loginUsername) {
        Checks checks = new Checks().required("email", guardian.getEmail());
        checks.throwIfAny();
        String login = Optional.ofNullable(loginUsername).filter(u -> !u.isBlank()).orElse(guardian.getEmail());
        String person = Optional.ofNullable(guardian.getActingPerson()).orElse(guardian.getName());
        KeycloakUser user = accounts.createGuardianLogin(login, person, guardian.getEmail());
        guardian.linkLogin(user.id(), user.username());
        audit.record(AuditAction.UPDATE, "Guardian", guardian.getId(), Optional.empty(), Changes.none()
                .field("username", null, user.username()));
    }

    /** Takes a deactivated guardian back into the registry, and lets their login sign in again. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public GuardianSummary reactivate(long guardianId) {
        Guardian guardian = guardian(guardianId);
        if (guardian.isActive()) {
            throw new Conflict("guardian.alreadyActive", List.of());
        }
        guardian.reactivate();
        audit.record(AuditAction.ENABLE, "Guardian", guardianId, Optional.empty(), Changes.none());
        em.lock(guardian, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        em.flush();
        loginOf(guardian).ifPresent(accounts::enableGuardianLogin);
        return GuardianSummary.of(guardian, settings.value(SettingKey.CASELOAD_CAP));
    }

    /**
     * The guardian's login by Keycloak's user id; a login made by hand before issue 14 (known only by its name) is
     * looked up by that name once and linked by its id from then on.
     */
    @RolesAllowed(Role.Names.AUTHORITY)
    public Optional<String> loginOf(Guardian guardian) {
        if (guardian.keycloakId().isPresent()) {
            return guardian.keycloakId();
        }
        Optional<KeycloakUser> byName = guardian.username().flatMap(accounts::loginNamed);
        byName.ifPresent(user -> guardian.linkLogin(user.id(), user.username()));
        return byName.map(KeycloakUser::id);
    }

    /** Changes a guardian's entry; refused if someone else changed it since {@code expectedVersion}. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public GuardianSummary update(long guardianId, long expectedVersion, GuardianInput input) {
        Guardian guardian = guardian(guardianId);
        if (guardian.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The guardian's entry was changed by someone else");
        }
        ValidGuardian valid = validate(input);
        audit.record(AuditAction.UPDATE, "Guardian", guardianId, Optional.empty(), Changes.none()
                .field("name", guardian.getName(), valid.profile().name())
                .field("region", guardian.getRegion(), valid.profile().region()));
        guardian.update(valid.profile());
        applyVetting(guardian, valid);
        em.lock(guardian, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return GuardianSummary.of(guardian, settings.value(SettingKey.CASELOAD_CAP));
    }

    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public GuardianSummary profile(long guardianId) {
        return GuardianSummary.of(guardian(guardianId), settings.value(SettingKey.CASELOAD_CAP));
    }

    /** The registry, paged by the database, optionally narrowed to a name prefix or a region. */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public Page<GuardianSummary> list(Optional<String> namePrefix, Optional<String> region, int page, int size) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        String where = " WHERE (:name IS NULL OR g.name LIKE :name) AND (:region IS NULL OR g.region = :region)";
        String name = namePrefix.filter(n -> !n.isBlank()).map(n -> n.strip() + "%").orElse(null);
        String inRegion = region.filter(r -> !r.isBlank()).orElse(null);
        List<Guardian> guardians = em.createQuery("SELECT g FROM Guardian g" + where + " ORDER BY g.name, g.id",
                        Guardian.class)
                .setParameter("name", name).setParameter("region", inRegion)
                .setFirstResult(pageNumber * pageSize).setMaxResults(pageSize).getResultList();
        long total = em.createQuery("SELECT COUNT(g) FROM Guardian g" + where, Long.class)
                .setParameter("name", name).setParameter("region", inRegion).getSingleResult();
        int cap = settings.value(SettingKey.CASELOAD_CAP);
        audit.record(AuditAction.READ, "GuardianList", null, Optional.empty(), Changes.none()
                .note("name", namePrefix.orElse(null)).note("region", region.orElse(null))
                .note("page", pageNumber).note("size", pageSize));
        return new Page<>(guardians.stream().map(g -> GuardianSummary.of(g, cap)).toList(), total, pageNumber,
                pageSize);
    }

    /** How many the registry list holds with this filter (its count alone: reading a page is audited). */
    @RolesAllowed({Role.Names.AUTHORITY, Role.Names.AUDITOR, Role.Names.CASEWORKER})
    public long count(Optional<String> namePrefix, Optional<String> region) {
        String name = namePrefix.filter(n -> !n.isBlank()).map(n -> n.strip() + "%").orElse(null);
        String inRegion = region.filter(r -> !r.isBlank()).orElse(null);
        return em.createQuery("SELECT COUNT(g) FROM Guardian g WHERE (:name IS NULL OR g.name LIKE :name)"
                        + " AND (:region IS NULL OR g.region = :region)", Long.class)
                .setParameter("name", name).setParameter("region", inRegion).getSingleResult();
    }

    /**
     * The registry entry linked to a login, if any. A list of one, not getResultStream(): EclipseLink streams over an
     * open cursor, and a stream that is not closed leaves its statement open on the pooled connection for good.
     */
    public Optional<Guardian> byUsername(String username) {
        return em.createQuery("SELECT g FROM Guardian g WHERE g.username = :username", Guardian.class)
                .setParameter("username", username).setMaxResults(1).getResultList().stream().findFirst();
    }

    public Guardian guardian(long guardianId) {
        return Optional.ofNullable(em.find(Guardian.class, guardianId))
                .orElseThrow(() -> new NotFound("Guardian " + guardianId));
    }

    private record ValidGuardian(GuardianProfile profile, Optional<LocalDate> recordCheckOn,
            Optional<LocalDate> recordCheckValidUntil, List<GuardianInput.TrainingInput> trainings,
            List<GuardianInput.ConflictInput> conflicts) {
    }

    private ValidGuardian validate(GuardianInput input) {
        LocalDate today = LocalDate.now(clock);
        Checks checks = new Checks().required("kind", input.kind()).required("name", input.name())
                .maxLength("name", input.name(), Checks.NAME_MAX)
                .maxLength("actingPerson", input.actingPerson(), Checks.NAME_MAX)
                .maxLength("email", input.email(), Checks.NAME_MAX).maxLength("phone", input.phone(), 50)
                .required("region", input.region()).maxLength("region", input.region(), 100)
                .maxLength("loginUsername", input.loginUsername(), 100);
        Optional<String> region = regions.offered(checks, "region", input.region());
        Optional<GuardianKind> kind = checks.choice(GuardianKind.class, "kind", input.kind());
        kind.filter(k -> k == GuardianKind.ORGANISATION).ifPresent(k ->
                checks.required("actingPerson", input.actingPerson()));
        checks.that(input.email() == null || input.email().isBlank() || input.email().matches("[^@\\s]+@[^@\\s]+"),
                "email", "validation.email");
        checks.that(input.caseloadCap() == null || SettingKey.CASELOAD_CAP.accepts(input.caseloadCap()),
                "caseloadCap", "validation.between", SettingKey.CASELOAD_CAP.minimum(),
                SettingKey.CASELOAD_CAP.maximum());
        Set<String> languageCodes = referenceData.languageCodes();
        input.languagesOrEmpty().forEach(code -> checks.that(languageCodes.contains(code), "languages",
                "validation.unknownLanguage", code));
        if (input.wantsLogin()) {
            checks.required("email", input.email());
        }
        Optional<LocalDate> checkedOn = checks.date("recordCheckOn", input.recordCheckOn());
        Optional<LocalDate> validUntil = checks.date("recordCheckValidUntil", input.recordCheckValidUntil());
        checkedOn.ifPresent(day -> checks.notInFuture("recordCheckOn", day, today));
        checks.that(checkedOn.isPresent() == validUntil.isPresent(), "recordCheckValidUntil",
                "validation.recordCheckBothDates");
        checkedOn.ifPresent(on -> validUntil.ifPresent(until -> checks.notBefore("recordCheckValidUntil", until,
                "recordCheckOn", on)));
        for (GuardianInput.TrainingInput training : input.trainingsOrEmpty()) {
            checks.required("trainings.course", training.course())
                    .maxLength("trainings.course", training.course(), Checks.NAME_MAX)
                    .required("trainings.completedOn", training.completedOn());
            Optional<LocalDate> completed = checks.date("trainings.completedOn", training.completedOn());
            Optional<LocalDate> until = checks.date("trainings.validUntil", training.validUntil());
            completed.ifPresent(day -> checks.notInFuture("trainings.completedOn", day, today));
            completed.ifPresent(c -> until.ifPresent(u -> checks.notBefore("trainings.validUntil", u,
                    "trainings.completedOn", c)));
        }
        for (GuardianInput.ConflictInput conflict : input.conflictsOrEmpty()) {
            checks.required("conflicts.centreId", conflict.centreId())
                    .required("conflicts.description", conflict.description())
                    .maxLength("conflicts.description", conflict.description(), 500)
                    .that(conflict.centreId() == null || em.find(CareCentre.class, conflict.centreId()) != null,
                            "conflicts.centreId", "validation.unknownCentre");
        }
        checks.throwIfAny();
        GuardianProfile profile = new GuardianProfile(kind.orElseThrow(), input.name().strip(),
                Optional.ofNullable(input.actingPerson()).filter(p -> !p.isBlank()).map(String::strip),
                Optional.ofNullable(input.email()).filter(e -> !e.isBlank()).map(String::strip),
                Optional.ofNullable(input.phone()).filter(p -> !p.isBlank()).map(String::strip),
                region.orElseThrow(),
                input.caseloadCap() == null ? OptionalInt.empty() : OptionalInt.of(input.caseloadCap()),
                new LinkedHashSet<>(input.languagesOrEmpty()));
        return new ValidGuardian(profile, checkedOn, validUntil, input.trainingsOrEmpty(), input.conflictsOrEmpty());
    }

    private void applyVetting(Guardian guardian, ValidGuardian valid) {
        if (valid.recordCheckOn().isPresent() && valid.recordCheckValidUntil().isPresent()) {
            guardian.recordCriminalRecordCheck(valid.recordCheckOn().get(), valid.recordCheckValidUntil().get());
        }
        Set<String> known = new LinkedHashSet<>();
        guardian.getTrainings().forEach(t -> known.add(t.getCourse() + "|" + t.getCompletedOn()));
        for (GuardianInput.TrainingInput training : valid.trainings()) {
            LocalDate completed = LocalDate.parse(training.completedOn().strip());
            if (known.add(training.course().strip() + "|" + completed)) {
                guardian.recordTraining(training.course().strip(), completed,
                        Optional.ofNullable(training.validUntil()).filter(v -> !v.isBlank()).map(LocalDate::parse));
            }
        }
        valid.conflicts().forEach(conflict -> guardian.declareConflict(conflict.centreId(), conflict.description()));
    }
}
