package eu.guardian.visit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.util.Objects;

/** Text added to a visit entry after its correction window closed; never changed afterwards. */
@Entity
@Table(name = "visit_addendum")
public class Addendum {

    @Id
    @TableGenerator(name = "visit_detail_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "visit_detail", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "visit_detail_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @Column(name = "text", nullable = false)
    private String text;

    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    @Column(name = "written_by", nullable = false)
    private String writtenBy;

    protected Addendum() {
        // for JPA
    }

    Addendum(Visit visit, String text, String writtenBy, Instant writtenAt) {
        this.visit = Objects.requireNonNull(visit);
        this.text = Objects.requireNonNull(text);
        this.writtenBy = Objects.requireNonNull(writtenBy);
        this.writtenAt = Objects.requireNonNull(writtenAt);
    }

    public Long getId() {
        return id;
    }

    public String getText() {
        return text;
    }

    public Instant getWrittenAt() {
        return writtenAt;
    }

    public String getWrittenBy() {
        return writtenBy;
    }
}
