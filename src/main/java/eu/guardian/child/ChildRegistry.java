package eu.guardian.child;

import eu.guardian.audit.AuditAction;
import eu.guardian.audit.AuditTrail;
import eu.guardian.audit.RefusedAccess;
import eu.guardian.audit.Changes;
import eu.guardian.platform.time.WorkingDayCalendar;
import eu.guardian.platform.persistence.Page;
import eu.guardian.platform.persistence.SqlConditions;
import eu.guardian.platform.reference.CareCentre;
import eu.guardian.platform.reference.CareCentres;
import eu.guardian.platform.reference.ReferenceData;
import eu.guardian.platform.reference.Regions;
import eu.guardian.platform.settings.SettingKey;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.validation.AccessRefused;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Registers children and keeps their files: the use cases of reception staff and caseworkers. Every child is
 * registered the same way whatever their nationality or legal status, and registration starts the legal clocks for an
 * interim representative and a guardian. Also the boundary of who sees which child ({@link ChildAccess}).
 */
@Stateless
public class ChildRegistry {

    private static final Map<String, String> SORTABLE = Map.of(
            "caseNumber", "c.id", // case numbers follow the ids (GRD-year-id), and ids sort as numbers
            "name", "c.family_name",
            "identifiedOn", "c.identified_on",
            "guardianDueOn", "c.guardian_due_on",
            "birthDate", "c.birth_date",
            "adultOn", "c.adult_on");

    @PersistenceContext
    EntityManager em;

    @Inject
    ChildAccess access;

    @Inject
    CurrentGuardians currentGuardians;

    @Inject
    CurrentUser currentUser;

    @Inject
    Settings settings;

    @Inject
    ReferenceData referenceData;

    @Inject
    Regions regions;

    @Inject
    CareCentres careCentres;

    @Inject
    AuditTrail audit;

    @Inject
    RefusedAccess refusals;

    @Inject
    Event<CaseClosed> caseClosed;

    @Inject
    Event<SignificantChange> reviewTriggers;

    @Inject
    Event<ChildClocksStarted> clocksStarted;

    @Inject
    Clock clock;

    /** Registers a child; possible duplicates are refused unless the caller has seen them and confirms. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER})
    public Child register(ChildInput input, boolean duplicatesAcknowledged) {
        LocalDate today = today();
        ChildFacts facts = validFacts(input, today);
        Optional<CareCentre> centre = validPlacementCentre(input);
        Checks checks = new Checks().required("placementKind", input.placementKind())
                .required("place", input.place()).maxLength("place", input.place(), Checks.NAME_MAX);
        Optional<PlacementKind> placementKind =
                checks.choice(PlacementKind.class, "placementKind", input.placementKind());
        Optional<String> region = placementRegion(checks, centre, input.region());
        if (!receptionOnly()) {
            region.ifPresent(code -> checks.that(access.mayWorkInRegion(code), centre.isPresent() ? "centreId"
                    : "region", "validation.regionOutsideJurisdiction", code));
        }
        List<ValidStatus> statuses = validStatuses(input, checks);
        checks.throwIfAny();
        if (!duplicatesAcknowledged) {
            List<String> duplicates = possibleDuplicates(facts);
            if (!duplicates.isEmpty()) {
                throw new Conflict("child.duplicates", duplicates);
            }
        }
        WorkingDayCalendar calendar = settings.workingDays();
        LocalDate clockStart = facts.clockStartsOn();
        Child child = new Child(facts,
                calendar.addWorkingDays(facts.identifiedOn(), settings.value(SettingKey.INTERIM_DUE_WORKING_DAYS)),
                calendar.addWorkingDays(clockStart, settings.value(SettingKey.GUARDIAN_DUE_WORKING_DAYS)),
                currentUser.getName(), clock.instant());
        child.placeIn(placementKind.orElseThrow(), centre, input.place(), facts.identifiedOn(), region.orElseThrow());
        statuses.forEach(status -> child.addLegalStatus(status.kind(), status.from(), status.to()));
        em.persist(child);
        child.assignCaseNumber();
        audit.record(AuditAction.CREATE, "Child", child.getId(), Optional.of(child.getId()),
                Changes.none().note("caseNumber", child.getCaseNumber()).note("region", child.getRegion()));
        clocksStarted.fire(new ChildClocksStarted(child.getId(), facts.identifiedOn(), facts.applicationMadeOn()));
        return child;
    }

    /** The child's file, if the caller may see it; otherwise "not found", never the data. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public ChildFile file(long childId) {
        Child child = visibleChild(childId);
        audit.record(AuditAction.READ, "Child", childId, Optional.of(childId), Changes.none());
        return ChildFile.of(child, today(), access.mayChangeRecord(child));
    }

    /**
     * The children the caller may see, filtered, sorted and cut into pages by the database. The total counts matches
     * up to ten thousand; beyond that a narrower filter is the way on.
     */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public Page<ChildSummary> list(ChildFilter filter, int page, int size, String sort) {
        int pageSize = Page.sizeOf(size);
        int pageNumber = Page.numberOf(page);
        ChildListQuery query = new ChildListQuery(access.conditions(), filter, currentGuardians, today());
        boolean descending = sort != null && sort.startsWith("-");
        String column = SORTABLE.getOrDefault(sort == null ? "" : sort.replaceFirst("^-", ""), "c.id");
        String order = column + (descending ? " DESC" : " ASC") + ", c.id" + (descending ? " DESC" : " ASC");
        audit.record(AuditAction.READ, "ChildList", null, Optional.empty(), Changes.none()
                .note("name", filter.name().orElse(null)).note("caseNumber", filter.caseNumber().orElse(null))
                .note("nationality", filter.nationalityCode().orElse(null)).note("status", filter.status().orElse(null))
                .note("guardianId", filter.guardianId().orElse(null))
                .note("awaitingGuardian", filter.awaitingGuardian().orElse(null)).note("sort", sort)
                .note("page", pageNumber).note("size", pageSize));
        return new Page<>(query.page(em, order, pageSize, pageNumber * pageSize), query.count(em), pageNumber,
                pageSize);
    }

    /** How many children the list holds with this filter (its count alone: reading a page is audited). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.GUARDIAN, Role.Names.AUTHORITY,
            Role.Names.AUDITOR})
    public long count(ChildFilter filter) {
        return new ChildListQuery(access.conditions(), filter, currentGuardians, today()).count(em);
    }

    /** Corrects the child's identity; refused if someone else changed the file since {@code expectedVersion}. */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public ChildFile correctIdentity(long childId, long expectedVersion, ChildInput input) {
        Child child = changeableChild(childId, expectedVersion);
        ChildFacts facts = validFacts(input, today());
        Changes changes = Changes.none()
                .identifying("givenNames", child.getGivenNames(), facts.givenNames())
                .identifying("familyName", child.getFamilyName(), facts.familyName())
                .identifying("transliterations", child.getTransliterations(), facts.transliterations())
                .identifying("aliases", child.getAliases(), List.copyOf(new LinkedHashSet<>(facts.aliases())))
                .field("sex", child.getSex(), facts.sex())
                .field("birthDate", child.getBirthDate(), facts.birthDate().orElse(null))
                .field("nationalityKind", child.getNationalityKind(), facts.nationalityKind())
                .field("nationalityCode", child.getNationalityCode(), facts.nationalityCode().orElse(null))
                .field("languages", child.getLanguages(), facts.languages())
                .field("identifiedOn", child.getIdentifiedOn(), facts.identifiedOn())
                .field("identifiedPlace", child.getIdentifiedPlace(), facts.identifiedPlace())
                .field("applicationMadeOn", child.getApplicationMadeOn(), facts.applicationMadeOn().orElse(null));
        boolean clockDaysChanged = !facts.identifiedOn().equals(child.getIdentifiedOn())
                || !facts.applicationMadeOn().equals(Optional.ofNullable(child.getApplicationMadeOn()));
        child.correctIdentity(facts);
        audit.record(AuditAction.UPDATE, "Child", childId, Optional.of(childId), changes);
        if (clockDaysChanged) {
            clocksStarted.fire(new ChildClocksStarted(childId, facts.identifiedOn(), facts.applicationMadeOn()));
        }
        return ChildFile.of(child, today(), true);
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public ChildFile recordAgeAssessment(long childId, String method, String assessedOn, Integer minimumAge,
            Integer maximumAge, String notes, MedicalGrounds grounds) {
        Child child = changeableChild(childId, null);
        LocalDate today = today();
        Checks checks = new Checks().required("method", method).required("assessedOn", assessedOn)
                .required("minimumAge", minimumAge).required("maximumAge", maximumAge)
                .maxLength("notes", notes, Checks.TEXT_MAX);
        Optional<AgeAssessmentMethod> parsedMethod = checks.choice(AgeAssessmentMethod.class, "method", method);
        Optional<LocalDate> day = checks.date("assessedOn", assessedOn);
        day.ifPresent(d -> checks.notInFuture("assessedOn", d, today));
        if (minimumAge != null && maximumAge != null) {
            checks.that(minimumAge >= 0 && minimumAge <= 30, "minimumAge", "validation.ageRange")
                    .that(maximumAge >= minimumAge && maximumAge <= 30, "maximumAge", "validation.ageRange");
        }
        checks.maxLength("medicalReason", grounds.reason(), Checks.TEXT_MAX)
                .maxLength("legalBasis", grounds.legalBasis(), 500);
        if (parsedMethod.filter(AgeAssessmentMethod.MEDICAL::equals).isPresent()) {
            // The last resort (docs/domain-rules.md#medical-age-assessment).
            checks.that(grounds.hasReason(), "medicalReason", "validation.medicalLastResort")
                    .that(grounds.hasGround(), "legalBasis", "validation.medicalConsentOrBasis");
        }
        checks.throwIfAny();
        child.recordAgeAssessment(parsedMethod.orElseThrow(), day.orElseThrow(), minimumAge, maximumAge, notes,
                grounds, currentUser.getName(), clock.instant());
        Changes changes = Changes.none().note("ageAssessment", parsedMethod.get() + " " + minimumAge + "-" + maximumAge);
        if (parsedMethod.get() == AgeAssessmentMethod.MEDICAL) {
            changes.note("medicalGround", grounds.legalBasis() != null ? "legal basis" : "consent of child and guardian");
        }
        audit.record(AuditAction.UPDATE, "Child", childId, Optional.of(childId), changes);
        return ChildFile.of(child, today, true);
    }

    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public ChildFile addLegalStatus(long childId, ChildInput.StatusInput status) {
        Child child = changeableChild(childId, null);
        Checks checks = new Checks();
        List<ValidStatus> valid = validStatuses(List.of(status), checks);
        checks.throwIfAny();
        valid.forEach(s -> child.addLegalStatus(s.kind(), s.from(), s.to()));
        audit.record(AuditAction.UPDATE, "Child", childId, Optional.of(childId),
                Changes.none().note("legalStatus", status.kind()));
        return ChildFile.of(child, today(), true);
    }

    /**
     * Moves the child to a new placement. A placement in another region hands the file over: that region's staff
     * reach it at once, and the region it leaves keeps reading it for {@code jurisdiction.handover-read-days} days
     * ({@link RegionMove}, recorded in the trail with the handover's last day).
     */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public ChildFile place(long childId, String kind, Long centreId, String place, String from, String region) {
        Child child = changeableChild(childId, null);
        Checks checks = new Checks().required("placementKind", kind).required("place", place)
                .maxLength("place", place, Checks.NAME_MAX).required("startedOn", from);
        Optional<PlacementKind> placementKind = checks.choice(PlacementKind.class, "placementKind", kind);
        Optional<LocalDate> start = checks.date("startedOn", from);
        Optional<CareCentre> centre = Optional.ofNullable(centreId).flatMap(careCentres::find)
                .filter(CareCentre::isActive);
        checks.that(centreId == null || centre.isPresent(), "centreId", "validation.unknownCentre");
        // Outside a centre and without a region given, the child stays in its region.
        Optional<String> newRegion = centre.isEmpty() && (region == null || region.isBlank())
                ? Optional.of(child.getRegion()) : placementRegion(checks, centre, region);
        child.currentPlacement().ifPresent(current -> start.ifPresent(s ->
                checks.notBefore("startedOn", s, "placement.startedOn", current.getStartedOn())));
        checks.throwIfAny();
        String oldRegion = child.getRegion();
        Placement placement = child.placeIn(placementKind.orElseThrow(), centre, place, start.orElseThrow(),
                newRegion.orElseThrow());
        em.persist(placement);
        Changes changes = Changes.none().note("placement", placementKind.get());
        if (!oldRegion.equalsIgnoreCase(child.getRegion())) {
            RegionMove move = new RegionMove(childId, placement.getId(), oldRegion, child.getRegion(), today(),
                    settings.value(SettingKey.HANDOVER_READ_DAYS), currentUser.getName(), clock.instant());
            em.persist(move);
            changes.field("region", oldRegion, child.getRegion()).note("handoverReadUntil", move.getReadUntil());
        }
        audit.record(AuditAction.UPDATE, "Child", childId, Optional.of(childId), changes);
        reviewTriggers.fire(new SignificantChange(childId, SignificantChange.Reason.PLACEMENT_CHANGE));
        return ChildFile.of(child, today(), access.mayChangeRecord(child));
    }

    /** The region of a placement: its centre's, else the one given, which must be offered. */
    private Optional<String> placementRegion(Checks checks, Optional<CareCentre> centre, String region) {
        if (centre.isPresent()) {
            return Optional.of(centre.get().getRegion());
        }
        checks.required("region", region);
        return regions.offered(checks, "region", region);
    }

    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public Child close(long childId, ClosureReason reason, LocalDate on) {
        Child child = changeableChild(childId, null);
        child.close(reason, on);
        audit.record(AuditAction.UPDATE, "Child", childId, Optional.of(childId), Changes.none().note("closed", reason));
        return child;
    }

    /** Closes a case as decided (reunification, transfer abroad...); the day may lie in the past, never ahead. */
    @RolesAllowed({Role.Names.CASEWORKER, Role.Names.AUTHORITY})
    public ChildFile closeCase(long childId, long expectedVersion, String reason, String closedOn) {
        Child child = changeableChild(childId, expectedVersion);
        Checks checks = new Checks().required("reason", reason).required("closedOn", closedOn);
        Optional<ClosureReason> why = checks.choice(ClosureReason.class, "reason", reason);
        Optional<LocalDate> on = checks.date("closedOn", closedOn);
        on.ifPresent(day -> checks.notInFuture("closedOn", day, today())
                .notBefore("closedOn", day, "identifiedOn", child.getIdentifiedOn()));
        checks.throwIfAny();
        child.close(why.orElseThrow(), on.orElseThrow());
        caseClosed.fire(new CaseClosed(childId, why.get(), on.get()));
        audit.record(AuditAction.UPDATE, "Child", childId, Optional.of(childId), Changes.none()
                .note("closed", why.get()).note("closedOn", on.get()));
        return ChildFile.of(child, today(), true);
    }

    /** Centres a child can be placed at now (hundreds at most in a country). */
    @RolesAllowed({Role.Names.RECEPTION, Role.Names.CASEWORKER, Role.Names.AUTHORITY, Role.Names.AUDITOR})
    public List<CareCentre> centres() {
        return careCentres.offered();
    }

    /**
     * Loads a child the caller may see; everything else is "not found" (a child that exists but is out of reach is
     * noted as a refused read, so that the auditor sees who tried).
     */
    public Child visibleChild(long childId) {
        Child child = em.find(Child.class, childId);
        if (child == null) {
            throw new NotFound("Child " + childId);
        }
        if (!access.maySee(child)) {
            refusals.childRefused(childId, "READ");
            throw new NotFound("Child " + childId);
        }
        return child;
    }

    /**
     * Loads a child for a change in the case: "not found" if the caller may not see it, refused (403, noted for the
     * trail) if they may see but not work on it — e.g. reception staff reading another centre's child as a case-team
     * member. Which changes a role may make at all is the calling service's {@code @RolesAllowed}.
     */
    public Child childToWorkOn(long childId) {
        Child child = visibleChild(childId);
        if (!access.mayWorkOn(child)) {
            refusals.childRefused(childId, "CHANGE");
            throw new AccessRefused("This caller may not change anything in this child's case");
        }
        return child;
    }

    private Child changeableChild(long childId, Long expectedVersion) {
        Child child = visibleChild(childId);
        if (!access.mayChangeRecord(child)) {
            refusals.childRefused(childId, "CHANGE");
            throw new AccessRefused("This role may not change the child's file");
        }
        child.requireOpen();
        if (expectedVersion != null && child.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The child's file was changed by someone else");
        }
        em.lock(child, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
        return child;
    }

    /**
     * Children who may be the same child: open cases sharing at least two words of the names (or the only word of a
     * one-word name), the same nationality, and dates of birth within a year (or unknown). Never merged: shown.
     */
    List<String> possibleDuplicates(ChildFacts facts) {
        Set<String> tokens = NameTokens.of(java.util.stream.Stream.concat(
                java.util.stream.Stream.of(facts.givenNames(), facts.familyName()),
                facts.transliterations().stream().flatMap(latin -> java.util.stream.Stream.of(latin.givenNames(),
                        latin.familyName()))).toList());
        if (tokens.isEmpty()) {
            return List.of();
        }
        SqlConditions matches = new SqlConditions()
                .and("t.token IN (" + String.join(", ", tokens.stream().map(t -> "?").toList()) + ")",
                        tokens.toArray())
                .and("c.status = 'OPEN'").and("c.nationality_kind = ?", facts.nationalityKind().name());
        facts.nationalityCode().ifPresent(code -> matches.and("c.nationality_code = ?", code));
        facts.birthDate().ifPresent(born -> matches.and("(c.birth_date IS NULL OR c.birth_date BETWEEN ? AND ?)",
                born.minusYears(1), born.plusYears(1)));
        var query = em.createNativeQuery("SELECT c.case_number FROM child c JOIN child_name_token t"
                + " ON t.child_id = c.id" + matches.where() + " GROUP BY c.id, c.case_number"
                + " HAVING COUNT(DISTINCT t.token) >= ? ORDER BY c.case_number LIMIT 10");
        int next = matches.toFragment().bind(query, 1);
        query.setParameter(next, Math.min(2, tokens.size()));
        return query.getResultList().stream().map(String::valueOf).toList();
    }

    private ChildFacts validFacts(ChildInput input, LocalDate today) {
        Checks checks = new Checks()
                .required("givenNames", input.givenNames()).maxLength("givenNames", input.givenNames(), Checks.NAME_MAX)
                .required("familyName", input.familyName()).maxLength("familyName", input.familyName(), Checks.NAME_MAX)
                .required("sex", input.sex())
                .required("nationalityKind", input.nationalityKind())
                .required("identifiedOn", input.identifiedOn())
                .required("identifiedPlace", input.identifiedPlace())
                .maxLength("identifiedPlace", input.identifiedPlace(), Checks.NAME_MAX);
        input.aliasesOrEmpty().forEach(alias -> checks.maxLength("aliases", alias, Checks.NAME_MAX));
        List<LatinName> transliterations = LatinNames.valid(input.transliterationsOrEmpty(), checks);
        Optional<Sex> sex = checks.choice(Sex.class, "sex", input.sex());
        Optional<NationalityKind> nationalityKind =
                checks.choice(NationalityKind.class, "nationalityKind", input.nationalityKind());
        Optional<BirthDatePrecision> precision = input.birthDatePrecision() == null
                ? Optional.of(BirthDatePrecision.EXACT)
                : checks.choice(BirthDatePrecision.class, "birthDatePrecision", input.birthDatePrecision());
        Optional<LocalDate> birthDate = checks.date("birthDate", input.birthDate());
        Optional<LocalDate> identifiedOn = checks.date("identifiedOn", input.identifiedOn());
        Optional<LocalDate> appliedOn = checks.date("applicationMadeOn", input.applicationMadeOn());
        birthDate.ifPresent(born -> checks.notInFuture("birthDate", born, today)
                .that(!born.isBefore(today.minusYears(30)), "birthDate", "validation.implausibleBirthDate"));
        identifiedOn.ifPresent(day -> checks.notInFuture("identifiedOn", day, today));
        appliedOn.ifPresent(day -> checks.notInFuture("applicationMadeOn", day, today));
        birthDate.ifPresent(born -> identifiedOn.ifPresent(day -> checks.notBefore("identifiedOn", day,
                "birthDate", born)));
        Optional<String> nationality = Optional.ofNullable(input.nationalityCode()).filter(code -> !code.isBlank());
        if (nationalityKind.filter(kind -> kind == NationalityKind.COUNTRY).isPresent()) {
            checks.required("nationalityCode", nationality);
        } else {
            checks.that(nationality.isEmpty(), "nationalityCode", "validation.nationalityOnlyForCountry");
        }
        Set<String> countryCodes = referenceData.countryCodes();
        nationality.ifPresent(code -> checks.that(countryCodes.contains(code), "nationalityCode",
                "validation.unknownCountry", code));
        input.otherCitizenshipsOrEmpty().forEach(code -> checks.that(countryCodes.contains(code),
                "otherCitizenships", "validation.unknownCountry", code));
        Set<String> languageCodes = referenceData.languageCodes();
        input.languagesOrEmpty().forEach(code -> checks.that(languageCodes.contains(code), "languages",
                "validation.unknownLanguage", code));
        Optional<String> preferred = Optional.ofNullable(input.preferredLanguage()).filter(code -> !code.isBlank());
        preferred.ifPresent(code -> checks.that(languageCodes.contains(code), "preferredLanguage",
                "validation.unknownLanguage", code));
        checks.throwIfAny();
        Set<String> languages = new LinkedHashSet<>(input.languagesOrEmpty());
        preferred.ifPresent(languages::add);
        return new ChildFacts(input.givenNames().strip(), input.familyName().strip(), transliterations,
                input.aliasesOrEmpty().stream().filter(alias -> !alias.isBlank()).map(String::strip).toList(),
                sex.orElseThrow(), birthDate, precision.orElseThrow(), nationalityKind.orElseThrow(), nationality,
                new LinkedHashSet<>(input.otherCitizenshipsOrEmpty()), languages, preferred, identifiedOn.orElseThrow(),
                input.identifiedPlace().strip(), appliedOn);
    }

    /**
     * The centre of the first placement. Reception staff register at a centre they work at: the one they name, or
     * their only one.
     */
    private Optional<CareCentre> validPlacementCentre(ChildInput input) {
        Set<Long> ownCentres = receptionOnly() ? access.receptionCentres() : Set.of();
        Long centreId = input.centreId() != null ? input.centreId()
                : ownCentres.size() == 1 ? ownCentres.iterator().next() : null;
        if (receptionOnly() && (centreId == null || !ownCentres.contains(centreId))) {
            throw new InvalidInput("centreId", "validation.ownCentreOnly");
        }
        if (centreId == null) {
            return Optional.empty();
        }
        return Optional.of(careCentres.find(centreId).filter(CareCentre::isActive)
                .orElseThrow(() -> new InvalidInput("centreId", "validation.unknownCentre")));
    }

    /** Reception staff who are not also caseworkers: they register at their own centres only. */
    private boolean receptionOnly() {
        return currentUser.has(Role.RECEPTION) && !currentUser.has(Role.CASEWORKER);
    }

    private record ValidStatus(LegalStatusKind kind, LocalDate from, Optional<LocalDate> to) {
    }

    private List<ValidStatus> validStatuses(ChildInput input, Checks checks) {
        return validStatuses(input.legalStatusesOrEmpty(), checks);
    }

    private List<ValidStatus> validStatuses(List<ChildInput.StatusInput> statuses, Checks checks) {
        List<ValidStatus> valid = new ArrayList<>();
        for (ChildInput.StatusInput status : statuses) {
            checks.required("legalStatuses.kind", status.kind()).required("legalStatuses.validFrom", status.validFrom());
            Optional<LegalStatusKind> kind = checks.choice(LegalStatusKind.class, "legalStatuses.kind", status.kind());
            Optional<LocalDate> from = checks.date("legalStatuses.validFrom", status.validFrom());
            Optional<LocalDate> to = checks.date("legalStatuses.validTo", status.validTo());
            from.ifPresent(f -> to.ifPresent(t -> checks.notBefore("legalStatuses.validTo", t,
                    "legalStatuses.validFrom", f)));
            if (kind.isPresent() && from.isPresent()) {
                valid.add(new ValidStatus(kind.get(), from.get(), to));
            }
        }
        return valid;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
