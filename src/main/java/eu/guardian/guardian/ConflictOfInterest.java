package eu.guardian.guardian;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** A declared tie to a care centre (e.g. employed there): the guardian may not represent children placed there. */
@Embeddable
public class ConflictOfInterest {

    @Column(name = "centre_id", nullable = false)
    private Long centreId;

    @Column(name = "description", nullable = false)
    private String description;

    protected ConflictOfInterest() {
        // for JPA
    }

    public ConflictOfInterest(Long centreId, String description) {
        this.centreId = Objects.requireNonNull(centreId);
        this.description = Objects.requireNonNull(description);
    }

    public Long getCentreId() {
        return centreId;
    }

    public String getDescription() {
        return description;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ConflictOfInterest that && centreId.equals(that.centreId);
    }

    @Override
    public int hashCode() {
        return centreId.hashCode();
    }
}
