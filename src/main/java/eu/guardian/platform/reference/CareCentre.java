package eu.guardian.platform.reference;

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
import java.util.Objects;
import java.util.Optional;

/**
 * A place of care (reception centre, institution, foster-care service, camp or IDP site...) in a region: reference
 * data the administrator keeps. Reception staff work at one or more centres; a centre children lived in is never
 * deleted, only no longer offered (inactive).
 */
@Entity
@Table(name = "care_centre")
public class CareCentre {

    @Id
    @TableGenerator(name = "centre_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "centre", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "centre_id")
    private Long id;

    @Column(name = "name", nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private CareCentreKind kind;

    @Column(name = "region", nullable = false)
    private String region;

    @Column(name = "municipality")
    private String municipality;

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    private long version;

    protected CareCentre() {
        // for JPA
    }

    public CareCentre(String name, CareCentreKind kind, String regionCode, Optional<String> municipality) {
        describe(name, kind, regionCode, municipality, true);
    }

    /** What the administrator says the centre now is (a move to another region moves no child: placements stay). */
    public final void describe(String newName, CareCentreKind newKind, String regionCode,
            Optional<String> newMunicipality, boolean stillActive) {
        this.name = Objects.requireNonNull(newName);
        this.kind = Objects.requireNonNull(newKind);
        this.region = Objects.requireNonNull(regionCode);
        this.municipality = newMunicipality.orElse(null);
        this.active = stillActive;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public CareCentreKind getKind() {
        return kind;
    }

    /** The code of the region the centre lies in. */
    public String getRegion() {
        return region;
    }

    public Optional<String> municipality() {
        return Optional.ofNullable(municipality);
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
