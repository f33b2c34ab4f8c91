package eu.guardian.caseteam;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A person of an agency on a child's case team, from a day to a day (inclusive, open-ended while on the team). With a
 * Guardian login ({@code username}) they see the case as their role allows: see {@code ChildAccess.maySee}.
 */
@Entity
@Table(name = "case_team_member")
public class CaseTeamMember {

    @Id
    @TableGenerator(name = "case_team_member_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "case_team_member", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "case_team_member_id")
    private Long id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "team_function", nullable = false)
    private TeamFunction function;

    @Column(name = "name", nullable = false)
    private String name;

    @Column(name = "organisation", nullable = false)
    private String organisation;

    @Column(name = "contact")
    private String contact;

    @Column(name = "from_on", nullable = false)
    private LocalDate fromOn;

    @Column(name = "to_on")
    private LocalDate toOn;

    @Column(name = "username")
    private String username;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Version
    private long version;

    protected CaseTeamMember() {
        // for JPA
    }

    public CaseTeamMember(long childId, TeamFunction function, String name, String organisation,
            Optional<String> contact, LocalDate fromOn, Optional<LocalDate> toOn, Optional<String> username,
            String by, Instant now) {
        this.childId = childId;
        change(function, name, organisation, contact, fromOn, toOn, username);
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
    }

    public final void change(TeamFunction function, String name, String organisation, Optional<String> contact,
            LocalDate fromOn, Optional<LocalDate> toOn, Optional<String> username) {
        if (toOn.isPresent() && toOn.get().isBefore(fromOn)) {
            throw new IllegalArgumentException("A membership cannot end before it starts");
        }
        this.function = Objects.requireNonNull(function);
        this.name = Objects.requireNonNull(name);
        this.organisation = Objects.requireNonNull(organisation);
        this.contact = contact.orElse(null);
        this.fromOn = Objects.requireNonNull(fromOn);
        this.toOn = toOn.orElse(null);
        this.username = username.orElse(null);
    }

    public boolean isCurrentOn(LocalDate day) {
        return !fromOn.isAfter(day) && (toOn == null || !toOn.isBefore(day));
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public TeamFunction getFunction() {
        return function;
    }

    public String getName() {
        return name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public Optional<String> contact() {
        return Optional.ofNullable(contact);
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public Optional<LocalDate> toOn() {
        return Optional.ofNullable(toOn);
    }

    public Optional<String> username() {
        return Optional.ofNullable(username);
    }

    public long getVersion() {
        return version;
    }
}
