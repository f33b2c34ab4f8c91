package eu.guardian.protection;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;
import java.util.Objects;

/** News on a tracing request (from the tracing service, or the child). */
@Embeddable
public class TracingUpdate {

    @Column(name = "noted_at", nullable = false)
    private Instant notedAt;

    @Column(name = "noted_by", nullable = false)
    private String notedBy;

    @Column(name = "note", nullable = false)
    private String note;

    protected TracingUpdate() {
        // for JPA
    }

    public TracingUpdate(Instant notedAt, String notedBy, String note) {
        this.notedAt = Objects.requireNonNull(notedAt);
        this.notedBy = Objects.requireNonNull(notedBy);
        this.note = Objects.requireNonNull(note);
    }

    public Instant getNotedAt() {
        return notedAt;
    }

    public String getNotedBy() {
        return notedBy;
    }

    public String getNote() {
        return note;
    }
}
