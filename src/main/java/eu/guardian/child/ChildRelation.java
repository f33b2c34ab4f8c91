package eu.guardian.child;

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
 * One direction of a link between two children (docs/domain-rules.md#siblings-and-relatives); the other direction is
 * its own row, so that each file reads its relatives by its own id.
 */
@Entity
@Table(name = "child_relation")
public class ChildRelation {

    @Id
    @TableGenerator(name = "child_relation_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "child_relation", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_relation_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "relative_id", nullable = false)
    private long relativeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private RelationKind kind;

    @Column(name = "separation_reason")
    private String separationReason;

    @Column(name = "separated_on")
    private LocalDate separatedOn;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false)
    private String recordedBy;

    @Version
    private long version;

    protected ChildRelation() {
        // for JPA
    }

    ChildRelation(long childId, long relativeId, RelationKind kind, String recordedBy, Instant now) {
        if (childId == relativeId) {
            throw new IllegalArgumentException("A child is not their own relative");
        }
        this.childId = childId;
        this.relativeId = relativeId;
        this.kind = Objects.requireNonNull(kind);
        this.recordedBy = Objects.requireNonNull(recordedBy);
        this.recordedAt = Objects.requireNonNull(now);
    }

    /** Why the two have a different guardian or placement. */
    void recordSeparation(String reason, LocalDate on) {
        this.separationReason = Objects.requireNonNull(reason);
        this.separatedOn = Objects.requireNonNull(on);
    }

    public long getChildId() {
        return childId;
    }

    public long getRelativeId() {
        return relativeId;
    }

    public RelationKind getKind() {
        return kind;
    }

    public Optional<String> separationReason() {
        return Optional.ofNullable(separationReason);
    }

    public LocalDate getSeparatedOn() {
        return separatedOn;
    }
}
