package eu.guardian.guardian;

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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A person or organisation in the registry of vetted, trained guardians. The registry keeps what eligibility depends
 * on (criminal-record check, training, caseload, conflicts of interest) and the login that links the guardian to
 * their own children's files.
 */
@Entity
@Table(name = "guardian")
public class Guardian {

    @Id
    @TableGenerator(name = "guardian_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "guardian", allocationSize = 20)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "guardian_id")
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private GuardianKind kind;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "acting_person")
    private String actingPerson;

    @Column(name = "email")
    private String email;

    @Column(name = "phone")
    private String phone;

    @Column(name = "region", nullable = false)
    private String region;

    @Column(name = "username", unique = true)
    private String username;

    @Column(name = "keycloak_id", unique = true)
    private String keycloakId;

    @Column(name = "caseload_cap")
    private Integer caseloadCap;

    @Column(name = "current_load", nullable = false)
    private int currentLoad;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Column(name = "record_check_on")
    private LocalDate recordCheckOn;

    @Column(name = "record_check_valid_until")
    private LocalDate recordCheckValidUntil;

    @ElementCollection
    @CollectionTable(name = "guardian_language", joinColumns = @JoinColumn(name = "guardian_id"))
    @Column(name = "language_code")
    private Set<String> languages = new LinkedHashSet<>();

    @OneToMany(mappedBy = "guardian", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("completedOn")
    private List<Training> trainings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "guardian_conflict", joinColumns = @JoinColumn(name = "guardian_id"))
    private Set<ConflictOfInterest> conflicts = new LinkedHashSet<>();

    @Version
    private long version;

    protected Guardian() {
        // for JPA
    }

    public Guardian(GuardianProfile profile) {
        update(profile);
        this.active = true;
        this.currentLoad = 0;
    }

    /** Changes the guardian's particulars; an organisation must always name the natural person acting for it. */
    public final void update(GuardianProfile profile) {
        if (profile.kind() == GuardianKind.ORGANISATION && profile.actingPerson().filter(p -> !p.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("An organisation must name the natural person acting as guardian");
        }
        this.kind = profile.kind();
        this.name = profile.name();
        this.actingPerson = profile.actingPerson().orElse(null);
        this.email = profile.email().orElse(null);
        this.phone = profile.phone().orElse(null);
        this.region = profile.region();
        this.caseloadCap = profile.caseloadCap().isPresent() ? profile.caseloadCap().getAsInt() : null;
        this.languages = new LinkedHashSet<>(profile.languages());
    }

    public void recordCriminalRecordCheck(LocalDate checkedOn, LocalDate validUntil) {
        if (validUntil.isBefore(checkedOn)) {
            throw new IllegalArgumentException("A record check cannot expire before it was made");
        }
        this.recordCheckOn = checkedOn;
        this.recordCheckValidUntil = validUntil;
    }

    public Training recordTraining(String course, LocalDate completedOn, Optional<LocalDate> validUntil) {
        Training training = new Training(this, course, completedOn, validUntil);
        trainings.add(training);
        return training;
    }

    public void declareConflict(Long centreId, String description) {
        conflicts.add(new ConflictOfInterest(centreId, description));
    }

    /**
     * Links the guardian to their login by Keycloak's user id; the login's name (Keycloak's, which cannot change)
     * is kept beside it, since access to a ward's file is decided by the signed-in name (docs/accounts.md).
     */
    public void linkLogin(String keycloakUserId, String loginName) {
        if (keycloakId != null && !keycloakId.equals(keycloakUserId)) {
            throw new IllegalStateException("The guardian has another login already");
        }
        this.keycloakId = keycloakUserId;
        this.username = loginName;
    }

    /** The guardian's login by Keycloak's user id, if they have one. */
    public Optional<String> keycloakId() {
        return Optional.ofNullable(keycloakId);
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    /** Called by the appointment that makes this guardian responsible for one more child. */
    public void takeOnChild() {
        currentLoad++;
    }

    /** Called when one of this guardian's guardianships ends. */
    public void releaseChild() {
        if (currentLoad > 0) {
            currentLoad--;
        }
    }

    public boolean hasValidRecordCheckOn(LocalDate day) {
        return recordCheckValidUntil != null && !recordCheckValidUntil.isBefore(day)
                && (recordCheckOn == null || !recordCheckOn.isAfter(day));
    }

    public boolean hasValidTrainingOn(LocalDate day) {
        return trainings.stream().anyMatch(training -> training.isValidOn(day));
    }

    public boolean hasConflictWith(Long centreId) {
        return conflicts.stream().anyMatch(conflict -> conflict.getCentreId().equals(centreId));
    }

    /** This guardian's cap, or the general one. */
    public int capOr(int generalCap) {
        return caseloadCap == null ? generalCap : caseloadCap;
    }

    public Long getId() {
        return id;
    }

    public GuardianKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }

    /** Who acts: the organisation's named person, else the guardian themself. */
    public String getActingPerson() {
        return actingPerson;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getRegion() {
        return region;
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public String getUsername() {
        return username;
    }

    public OptionalInt caseloadCap() {
        return caseloadCap == null ? OptionalInt.empty() : OptionalInt.of(caseloadCap);
    }

    public Integer getCaseloadCap() {
        return caseloadCap;
    }

    public int getCurrentLoad() {
        return currentLoad;
    }

    public boolean isActive() {
        return active;
    }

    public LocalDate getRecordCheckOn() {
        return recordCheckOn;
    }

    public LocalDate getRecordCheckValidUntil() {
        return recordCheckValidUntil;
    }

    public Set<String> getLanguages() {
        return Set.copyOf(languages);
    }

    public List<Training> getTrainings() {
        return List.copyOf(trainings);
    }

    public Set<ConflictOfInterest> getConflicts() {
        return Set.copyOf(conflicts);
    }

    public long getVersion() {
        return version;
    }

    @Override
    public String toString() {
        return "Guardian " + id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Guardian that && id != null && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
