package eu.guardian.child;

import eu.guardian.platform.reference.CareCentre;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A child's file: who the child is, their legal statuses, age assessments and placements, and the two legal clocks
 * that registration starts (an interim representative, then a guardian). Whatever the nationality, the file and its
 * clocks are the same. A closed case is read-only.
 */
@Entity
@Table(name = "child")
public class Child {

    @Id
    @TableGenerator(name = "child_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "child", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_id")
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true)
    private String caseNumber;

    @Column(name = "given_names", nullable = false)
    private String givenNames;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    /** The first transliteration, kept on the row for lists (docs/languages.md, "Names in two scripts"). */
    @Column(name = "latin_given_names")
    private String latinGivenNames;

    @Column(name = "latin_family_name")
    private String latinFamilyName;

    @ElementCollection
    @CollectionTable(name = "child_name_transliteration", joinColumns = @JoinColumn(name = "child_id"))
    @OrderColumn(name = "position")
    private List<NameTransliteration> transliterations = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "child_alias", joinColumns = @JoinColumn(name = "child_id"))
    @Column(name = "alias")
    @OrderColumn(name = "alias_order")
    private List<String> aliases = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "child_name_token", joinColumns = @JoinColumn(name = "child_id"))
    @Column(name = "token")
    private Set<String> nameTokens = new LinkedHashSet<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "sex", nullable = false)
    private Sex sex;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "birth_date_precision", nullable = false)
    private BirthDatePrecision birthDatePrecision;

    @Enumerated(EnumType.STRING)
    @Column(name = "nationality_kind", nullable = false)
    private NationalityKind nationalityKind;

    @Column(name = "nationality_code")
    private String nationalityCode;

    @ElementCollection
    @CollectionTable(name = "child_citizenship", joinColumns = @JoinColumn(name = "child_id"))
    @Column(name = "country_code")
    private Set<String> otherCitizenships = new LinkedHashSet<>();

    @ElementCollection
    @CollectionTable(name = "child_language", joinColumns = @JoinColumn(name = "child_id"))
    @Column(name = "language_code")
    private Set<String> languages = new LinkedHashSet<>();

    @Column(name = "preferred_language")
    private String preferredLanguage;

    @Column(name = "identified_on", nullable = false)
    private LocalDate identifiedOn;

    @Column(name = "identified_place", nullable = false)
    private String identifiedPlace;

    @Column(name = "application_made_on")
    private LocalDate applicationMadeOn;

    @Column(name = "region", nullable = false)
    private String region;

    @Column(name = "interim_due_on", nullable = false)
    private LocalDate interimDueOn;

    @Column(name = "guardian_due_on", nullable = false)
    private LocalDate guardianDueOn;

    @Column(name = "awaiting_guardian", nullable = false)
    private boolean awaitingGuardian;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "closure_reason")
    private ClosureReason closureReason;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Column(name = "current_centre_id")
    private Long currentCentreId;

    @Column(name = "first_guardian_on")
    private LocalDate firstGuardianOn;

    @Column(name = "legal_hold", nullable = false)
    private boolean legalHold;

    @Column(name = "legal_hold_reason")
    private String legalHoldReason;

    @Column(name = "legal_hold_by")
    private String legalHoldBy;

    @Column(name = "legal_hold_at")
    private Instant legalHoldAt;

    @Column(name = "anonymised_at")
    private Instant anonymisedAt;

    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("assessedOn")
    private List<AgeAssessment> ageAssessments = new ArrayList<>();

    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("validFrom")
    private List<LegalStatus> legalStatuses = new ArrayList<>();

    @OneToMany(mappedBy = "child", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("startedOn")
    private List<Placement> placements = new ArrayList<>();

    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;

    @Column(name = "registered_by", nullable = false)
    private String registeredBy;

    /** The 18th birthday by the age used, kept for lists and jobs (docs/domain-rules.md#age-used). */
    @Column(name = "adult_on")
    private LocalDate adultOn;

    @Column(name = "responsible_caseworker")
    private String responsibleCaseworker;

    @Version
    private long version;

    /** What replaces the identity of an anonymised case. */
    public static final String ANONYMISED = "—";

    protected Child() {
        // for JPA
    }

    public Child(ChildFacts facts, LocalDate interimDueOn, LocalDate guardianDueOn, String registeredBy,
            Instant now) {
        correctIdentity(facts);
        this.interimDueOn = Objects.requireNonNull(interimDueOn);
        this.guardianDueOn = Objects.requireNonNull(guardianDueOn);
        this.awaitingGuardian = true;
        this.status = CaseStatus.OPEN;
        this.registeredBy = Objects.requireNonNull(registeredBy);
        this.registeredAt = Objects.requireNonNull(now);
    }

    /** Forms the readable case number, e.g. GRD-2026-000123, once the child has its id. */
    public void assignCaseNumber() {
        if (caseNumber != null) {
            throw new IllegalStateException("The case number is already " + caseNumber);
        }
        int year = registeredAt.atZone(java.time.ZoneOffset.UTC).getYear();
        this.caseNumber = String.format("GRD-%d-%06d", year, id);
    }

    /** Replaces what is known of the child's identity (a correction keeps the registration's legal clocks). */
    public final void correctIdentity(ChildFacts facts) {
        requireOpen();
        this.givenNames = facts.givenNames();
        this.familyName = facts.familyName();
        this.aliases = new ArrayList<>(new LinkedHashSet<>(facts.aliases()));
        this.transliterations = new ArrayList<>(
                facts.transliterations().stream().map(NameTransliteration::new).toList());
        Optional<LatinName> shown = facts.transliterations().stream().findFirst();
        this.latinGivenNames = shown.map(LatinName::givenNames).orElse(null);
        this.latinFamilyName = shown.map(LatinName::familyName).orElse(null);
        this.sex = facts.sex();
        this.birthDate = facts.birthDate().orElse(null);
        this.birthDatePrecision = facts.birthDate().isEmpty() ? BirthDatePrecision.UNKNOWN : facts.birthDatePrecision();
        this.nationalityKind = facts.nationalityKind();
        this.nationalityCode = facts.nationalityCode().orElse(null);
        this.otherCitizenships = new LinkedHashSet<>(facts.otherCitizenships());
        this.languages = new LinkedHashSet<>(facts.languages());
        this.preferredLanguage = facts.preferredLanguage().orElse(null);
        this.identifiedOn = facts.identifiedOn();
        this.identifiedPlace = facts.identifiedPlace();
        this.applicationMadeOn = facts.applicationMadeOn().orElse(null);
        this.nameTokens = new LinkedHashSet<>(NameTokens.of(Stream.of(Stream.of(givenNames, familyName),
                facts.transliterations().stream().flatMap(latin -> Stream.of(latin.givenNames(), latin.familyName())),
                aliases.stream()).flatMap(names -> names).toList()));
        refreshAdultOn();
    }

    public AgeAssessment recordAgeAssessment(AgeAssessmentMethod method, LocalDate assessedOn, int minimumAge,
            int maximumAge, String notes, MedicalGrounds grounds, String recordedBy, Instant now) {
        requireOpen();
        AgeAssessment assessment = new AgeAssessment(this, method, assessedOn, minimumAge, maximumAge, notes,
                grounds, recordedBy, now);
        ageAssessments.add(assessment);
        refreshAdultOn();
        return assessment;
    }

    public LegalStatus addLegalStatus(LegalStatusKind kind, LocalDate validFrom, Optional<LocalDate> validTo) {
        requireOpen();
        LegalStatus legalStatus = new LegalStatus(this, kind, validFrom, validTo);
        legalStatuses.add(legalStatus);
        return legalStatus;
    }

    /**
     * Moves the child: the current placement ends the day the new one starts, and the child now lies in the
     * placement's region (its centre's, else the one given) — the region whose staff reach the file.
     */
    public Placement placeIn(PlacementKind kind, Optional<CareCentre> centre, String place, LocalDate from,
            String regionCode) {
        requireOpen();
        currentPlacement().ifPresent(current -> current.end(from));
        Placement placement = new Placement(this, kind, centre, place, from,
                centre.map(CareCentre::getRegion).orElse(regionCode));
        placements.add(placement);
        this.currentCentreId = centre.map(CareCentre::getId).orElse(null);
        this.region = placement.getRegion();
        return placement;
    }

    /** A full guardian now represents the child: the child leaves the awaiting-guardian queue. */
    public void guardianAppointed(LocalDate on) {
        requireOpen();
        this.awaitingGuardian = false;
        if (firstGuardianOn == null || on.isBefore(firstGuardianOn)) {
            this.firstGuardianOn = on;
        }
    }

    /** The child has no guardian any more (discharge without successor): back in the queue. */
    public void guardianshipEnded() {
        if (status == CaseStatus.OPEN) {
            this.awaitingGuardian = true;
        }
    }

    public void close(ClosureReason reason, LocalDate on) {
        requireOpen();
        this.status = CaseStatus.CLOSED;
        this.closureReason = Objects.requireNonNull(reason);
        this.closedOn = Objects.requireNonNull(on);
        this.awaitingGuardian = false;
    }

    /** The authority keeps the case from the retention job (litigation, inquiry, a pending complaint...). */
    public void placeUnderLegalHold(String reason, String by, Instant at) {
        this.legalHold = true;
        this.legalHoldReason = Objects.requireNonNull(reason);
        this.legalHoldBy = Objects.requireNonNull(by);
        this.legalHoldAt = Objects.requireNonNull(at);
    }

    public void releaseLegalHold() {
        this.legalHold = false;
        this.legalHoldReason = null;
        this.legalHoldBy = null;
        this.legalHoldAt = null;
    }

    /**
     * Erases who the child is once the retention period of a closed case has passed; what remains (dates, nationality,
     * region, statuses) feeds only the statistics. Only the birth year is kept.
     */
    public void anonymise(Instant at) {
        if (status != CaseStatus.CLOSED || legalHold || anonymisedAt != null) {
            throw new IllegalStateException("Only a closed case without legal hold is anonymised, once");
        }
        this.givenNames = ANONYMISED;
        this.familyName = ANONYMISED;
        this.identifiedPlace = ANONYMISED;
        aliases.clear();
        transliterations.clear();
        this.latinGivenNames = null;
        this.latinFamilyName = null;
        nameTokens.clear();
        if (birthDate != null) {
            this.birthDate = birthDate.withDayOfYear(1);
            this.birthDatePrecision = BirthDatePrecision.ESTIMATED;
        }
        refreshAdultOn();
        this.anonymisedAt = at;
    }

    public boolean isUnderLegalHold() {
        return legalHold;
    }

    public Optional<String> legalHoldReason() {
        return Optional.ofNullable(legalHoldReason);
    }

    public Optional<String> legalHoldBy() {
        return Optional.ofNullable(legalHoldBy);
    }

    public Optional<Instant> legalHoldAt() {
        return Optional.ofNullable(legalHoldAt);
    }

    public Optional<Instant> anonymisedAt() {
        return Optional.ofNullable(anonymisedAt);
    }

    public Optional<LocalDate> firstGuardianOn() {
        return Optional.ofNullable(firstGuardianOn);
    }

    public void requireOpen() {
        if (status == CaseStatus.CLOSED) {
            throw new CaseClosedException(caseNumber);
        }
    }

    /** The caseworker responsible for the case (docs/domain-rules.md#responsible-caseworker); alerts go to them first. */
    public void assignResponsibleCaseworker(String username) {
        requireOpen();
        this.responsibleCaseworker = Objects.requireNonNull(username);
    }

    public Optional<String> responsibleCaseworker() {
        return Optional.ofNullable(responsibleCaseworker);
    }

    public Optional<Placement> currentPlacement() {
        return placements.stream().filter(Placement::isCurrent).findFirst();
    }

    /**
     * The age Guardian works with (docs/domain-rules.md#age-used): from the date of birth, unless the latest age
     * assessment's lowest age (grown by the time since) makes the child younger — the benefit of the doubt. Empty when
     * neither is known.
     */
    public Optional<Integer> ageOn(LocalDate day) {
        return birthDateUsed().map(born -> Period.between(born, day).getYears());
    }

    /** The day the child turns 18 by the age used; the same rule as the stored {@code adult_on}. */
    public Optional<LocalDate> adulthoodDate() {
        return birthDateUsed().map(born -> born.plusYears(18));
    }

    /** Whether the age used comes from an age assessment rather than the birth date. */
    public boolean ageFromAssessment() {
        return assessedBirthDate().filter(assessed -> birthDate == null || assessed.isAfter(birthDate)).isPresent();
    }

    /** The later (younger) of the birth date and the birth date the latest assessment's lowest age implies. */
    private Optional<LocalDate> birthDateUsed() {
        Optional<LocalDate> assessed = assessedBirthDate();
        if (birthDate == null || assessed.isEmpty()) {
            return assessed.or(this::birthDate);
        }
        return Optional.of(assessed.get().isAfter(birthDate) ? assessed.get() : birthDate);
    }

    private Optional<LocalDate> assessedBirthDate() {
        return ageAssessments.stream()
                .max(Comparator.comparing(AgeAssessment::getAssessedOn).thenComparing(AgeAssessment::getRecordedAt))
                .map(latest -> latest.getAssessedOn().minusYears(latest.getMinimumAge()));
    }

    private void refreshAdultOn() {
        this.adultOn = adulthoodDate().orElse(null);
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getGivenNames() {
        return givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    /** The first Latin transliteration's given names; null when the names have none. */
    public String getLatinGivenNames() {
        return latinGivenNames;
    }

    public String getLatinFamilyName() {
        return latinFamilyName;
    }

    /** The names and their first transliteration, as lists show them ("محمد علي — Mohammed Ali"). */
    public String getFullName() {
        return ChildNames.fullName(givenNames, familyName, Optional.ofNullable(latinGivenNames),
                Optional.ofNullable(latinFamilyName));
    }

    /** The Latin transliterations of the names, the one lists show first; empty for names already in Latin. */
    public List<LatinName> getTransliterations() {
        return transliterations.stream().map(NameTransliteration::name).toList();
    }

    /** In the order they were given. */
    public List<String> getAliases() {
        return List.copyOf(aliases);
    }

    public Sex getSex() {
        return sex;
    }

    public Optional<LocalDate> birthDate() {
        return Optional.ofNullable(birthDate);
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public BirthDatePrecision getBirthDatePrecision() {
        return birthDatePrecision;
    }

    public NationalityKind getNationalityKind() {
        return nationalityKind;
    }

    public Optional<String> nationalityCode() {
        return Optional.ofNullable(nationalityCode);
    }

    public String getNationalityCode() {
        return nationalityCode;
    }

    public Set<String> getOtherCitizenships() {
        return Set.copyOf(otherCitizenships);
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public Optional<String> preferredLanguage() {
        return Optional.ofNullable(preferredLanguage);
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public String getIdentifiedPlace() {
        return identifiedPlace;
    }

    public Optional<LocalDate> applicationMadeOn() {
        return Optional.ofNullable(applicationMadeOn);
    }

    public LocalDate getApplicationMadeOn() {
        return applicationMadeOn;
    }

    /** The code of the region the child lies in: its current placement's. */
    public String getRegion() {
        return region;
    }

    public LocalDate getInterimDueOn() {
        return interimDueOn;
    }

    public LocalDate getGuardianDueOn() {
        return guardianDueOn;
    }

    public boolean isAwaitingGuardian() {
        return awaitingGuardian;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public Optional<ClosureReason> closureReason() {
        return Optional.ofNullable(closureReason);
    }

    public ClosureReason getClosureReason() {
        return closureReason;
    }

    public LocalDate getClosedOn() {
        return closedOn;
    }

    public Optional<Long> currentCentreId() {
        return Optional.ofNullable(currentCentreId);
    }

    public List<AgeAssessment> getAgeAssessments() {
        return List.copyOf(ageAssessments);
    }

    public List<LegalStatus> getLegalStatuses() {
        return List.copyOf(legalStatuses);
    }

    public List<Placement> getPlacements() {
        return List.copyOf(placements);
    }

    public Instant getRegisteredAt() {
        return registeredAt;
    }

    public String getRegisteredBy() {
        return registeredBy;
    }

    public long getVersion() {
        return version;
    }
}
