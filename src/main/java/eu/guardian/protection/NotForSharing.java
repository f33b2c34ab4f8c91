package eu.guardian.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/** A part of a child's file that never goes into a handover package, with who marked it and why. */
@Entity
@Table(name = "not_for_sharing")
public class NotForSharing {

    @Embeddable
    public static class Key implements Serializable {
        private static final long serialVersionUID = 1L;

        @Column(name = "child_id")
        private long childId;

        @Enumerated(EnumType.STRING)
        @Column(name = "part")
        private SharablePart part;

        protected Key() {
            // for JPA
        }

        public Key(long childId, SharablePart part) {
            this.childId = childId;
            this.part = Objects.requireNonNull(part);
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.childId == childId && key.part == part;
        }

        @Override
        public int hashCode() {
            return Objects.hash(childId, part);
        }
    }

    @EmbeddedId
    private Key key;

    @Column(name = "reason")
    private String reason;

    @Column(name = "marked_at", nullable = false)
    private Instant markedAt;

    @Column(name = "marked_by", nullable = false)
    private String markedBy;

    protected NotForSharing() {
        // for JPA
    }

    public NotForSharing(long childId, SharablePart part, String reason, String by, Instant now) {
        this.key = new Key(childId, part);
        this.reason = reason;
        this.markedBy = Objects.requireNonNull(by);
        this.markedAt = Objects.requireNonNull(now);
    }

    public SharablePart getPart() {
        return key.part;
    }

    public String getReason() {
        return reason;
    }

    public Instant getMarkedAt() {
        return markedAt;
    }

    public String getMarkedBy() {
        return markedBy;
    }
}
