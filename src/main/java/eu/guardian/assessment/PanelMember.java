package eu.guardian.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Optional;

/**
 * A member of a determination panel: signs the confidentiality undertaking before reading the file, then records a
 * position with reasons (kept also when it dissents from the decision).
 */
@Entity
@Table(name = "bid_member")
public class PanelMember {

    @Id
    @TableGenerator(name = "bid_member_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "bid_member", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bid_member_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bid_id")
    private Determination determination;

    @Column(name = "username", nullable = false, updatable = false)
    private String username;

    @Column(name = "name", nullable = false, updatable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "discipline", nullable = false, updatable = false)
    private Discipline discipline;

    @Column(name = "undertaking_at")
    private Instant undertakingSignedAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "stance")
    private Stance stance;

    @Column(name = "reasons")
    private String reasons;

    @Column(name = "stance_at")
    private Instant stanceAt;

    @Version
    private long version;

    protected PanelMember() {
    }

    PanelMember(Determination determination, String username, String name, Discipline discipline) {
        this.determination = determination;
        this.username = username;
        this.name = name;
        this.discipline = discipline;
    }

    void signUndertaking(Instant now) {
        if (undertakingSignedAt == null) {
            undertakingSignedAt = now;
        }
    }

    void recordStance(Stance stance, String reasons, Instant now) {
        if (undertakingSignedAt == null) {
            throw new eu.guardian.platform.validation.Conflict("determination.undertakingFirst", java.util.List.of());
        }
        this.stance = stance;
        this.reasons = reasons;
        this.stanceAt = now;
    }

    public boolean signed() {
        return undertakingSignedAt != null;
    }

    PanelRules.Seat seat() {
        return new PanelRules.Seat(username, discipline, stance());
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getName() {
        return name;
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public Optional<Instant> undertakingSignedAt() {
        return Optional.ofNullable(undertakingSignedAt);
    }

    public Optional<Stance> stance() {
        return Optional.ofNullable(stance);
    }

    public Optional<String> reasons() {
        return Optional.ofNullable(reasons);
    }

    public Optional<Instant> stanceAt() {
        return Optional.ofNullable(stanceAt);
    }
}
