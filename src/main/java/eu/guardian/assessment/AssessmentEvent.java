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
import java.time.Instant;
import java.util.Optional;

/** One step in an assessment's history: who did what, when, with which comment. Never changed. */
@Entity
@Table(name = "bia_event")
public class AssessmentEvent {

    public enum Kind {
        CREATED, EDITED, CHILD_VIEWS_CONTRIBUTED, SUBMITTED, RETURNED, APPROVED, AMENDED
    }

    @Id
    @TableGenerator(name = "bia_event_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "bia_event", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bia_event_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "bia_id")
    private Assessment assessment;

    @Enumerated(EnumType.STRING)
    @Column(name = "action", nullable = false)
    private Kind action;

    @Column(name = "actor", nullable = false)
    private String actor;

    @Column(name = "acted_at", nullable = false)
    private Instant at;

    @Column(name = "comment")
    private String comment;

    protected AssessmentEvent() {
    }

    AssessmentEvent(Assessment assessment, Kind action, String actor, Instant at, Optional<String> comment) {
        this.assessment = assessment;
        this.action = action;
        this.actor = actor;
        this.at = at;
        this.comment = comment.orElse(null);
    }

    public Long getId() {
        return id;
    }

    public Kind getAction() {
        return action;
    }

    public String getActor() {
        return actor;
    }

    public Instant getAt() {
        return at;
    }

    public Optional<String> comment() {
        return Optional.ofNullable(comment);
    }
}
