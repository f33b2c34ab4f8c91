package eu.guardian.child;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A child moved to a placement in another region: from that day the new region reaches the file, and the region it
 * left keeps reading it up to {@code readUntil} (docs/jurisdictions.md). {@link ChildAccess} reads these rows.
 */
@Entity
@Table(name = "region_move")
public class RegionMove {

    @Id
    @TableGenerator(name = "region_move_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "region_move", allocationSize = 10)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "region_move_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Column(name = "placement_id", nullable = false)
    private long placementId;

    @Column(name = "from_region", nullable = false)
    private String fromRegion;

    @Column(name = "to_region", nullable = false)
    private String toRegion;

    @Column(name = "moved_on", nullable = false)
    private LocalDate movedOn;

    @Column(name = "read_until", nullable = false)
    private LocalDate readUntil;

    @Column(name = "moved_at", nullable = false)
    private Instant movedAt;

    @Column(name = "moved_by", nullable = false)
    private String movedBy;

    protected RegionMove() {
        // for JPA
    }

    RegionMove(long childId, long placementId, String fromRegion, String toRegion, LocalDate movedOn,
            int handoverReadDays, String movedBy, Instant movedAt) {
        if (fromRegion.equalsIgnoreCase(toRegion)) {
            throw new IllegalArgumentException("A move within a region hands nothing over");
        }
        this.childId = childId;
        this.placementId = placementId;
        this.fromRegion = Objects.requireNonNull(fromRegion);
        this.toRegion = Objects.requireNonNull(toRegion);
        this.movedOn = Objects.requireNonNull(movedOn);
        this.readUntil = movedOn.plusDays(handoverReadDays);
        this.movedBy = Objects.requireNonNull(movedBy);
        this.movedAt = Objects.requireNonNull(movedAt);
    }

    public Long getId() {
        return id;
    }

    public String getFromRegion() {
        return fromRegion;
    }

    public String getToRegion() {
        return toRegion;
    }

    public LocalDate getMovedOn() {
        return movedOn;
    }

    public LocalDate getReadUntil() {
        return readUntil;
    }
}
