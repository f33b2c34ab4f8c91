package eu.guardian.child;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A placement as the registration form (the first placement) and the file's placement dialog (a move) type it: the
 * kind, the care centre if any, the place, and (for a move) the day it starts.
 */
public class PlacementForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String kind;
    private Long centreId;
    private String place;
    private String region;
    private LocalDate startedOn;

    /** An empty placement of this kind (null: to be chosen), starting on the given day (null: not asked). */
    void reset(String placementKind, LocalDate from) {
        kind = placementKind;
        centreId = null;
        place = null;
        region = null;
        startedOn = from;
    }

    /** The chosen centre among these, if any. */
    Optional<CentreOption> centre(List<CentreOption> centres) {
        return centreId == null ? Optional.empty()
                : centres.stream().filter(c -> c.getId().equals(centreId)).findFirst();
    }

    /** A chosen centre suggests itself as the place, unless one was typed already, and decides the region. */
    void suggestPlace(List<CentreOption> centres) {
        if (place == null || place.isBlank()) {
            centre(centres).ifPresent(c -> place = c.getName());
        }
        centre(centres).ifPresent(c -> region = c.getRegion());
    }

    public List<String> getKinds() {
        return ChildForm.names(PlacementKind.values());
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    /** The region of a placement outside a centre (a centre's region is the centre's own). */
    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public LocalDate getStartedOn() {
        return startedOn;
    }

    public void setStartedOn(LocalDate startedOn) {
        this.startedOn = startedOn;
    }
}
