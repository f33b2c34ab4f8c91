package eu.guardian.child;

import eu.guardian.platform.reference.CareCentre;
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
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** Where a child lived from when to when; the one without an end is the current placement. */
@Entity
@Table(name = "placement")
public class Placement {

    @Id
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "child_detail_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private PlacementKind kind;

    @ManyToOne
    @JoinColumn(name = "centre_id")
    private CareCentre centre;

    @Column(name = "place", nullable = false)
    private String place;

    @Column(name = "region", nullable = false)
    private String region;

    @Column(name = "started_on", nullable = false)
    private LocalDate startedOn;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    protected Placement() {
        // for JPA
    }

    Placement(Child child, PlacementKind kind, Optional<CareCentre> centre, String place, LocalDate startedOn,
            String region) {
        this.child = Objects.requireNonNull(child);
        this.kind = Objects.requireNonNull(kind);
        this.centre = centre.orElse(null);
        this.place = Objects.requireNonNull(place);
        this.startedOn = Objects.requireNonNull(startedOn);
        this.region = Objects.requireNonNull(region);
    }

    void end(LocalDate on) {
        if (on.isBefore(startedOn)) {
            throw new IllegalArgumentException("A placement cannot end before it starts");
        }
        this.endedOn = on;
    }

    public boolean isCurrent() {
        return endedOn == null;
    }

    public Long getId() {
        return id;
    }

    public PlacementKind getKind() {
        return kind;
    }

    public Optional<CareCentre> centre() {
        return Optional.ofNullable(centre);
    }

    public String getPlace() {
        return place;
    }

    /** The code of the region the placement lies in. */
    public String getRegion() {
        return region;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }
}
