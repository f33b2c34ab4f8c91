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
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/** An action agreed at a visit, with who does it and by when; open until marked done. */
@Entity
@Table(name = "visit_follow_up")
public class FollowUp {

    @Id
    @TableGenerator(name = "visit_detail_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "visit_detail", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "visit_detail_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "visit_id")
    private Visit visit;

    @Column(name = "child_id", nullable = false)
    private Long childId;

    @Column(name = "action", nullable = false)
    private String action;

    @Column(name = "owner", nullable = false)
    private String owner;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "done_on")
    private LocalDate doneOn;

    @Column(name = "done_by")
    private String doneBy;

    @Column(name = "reminded", nullable = false)
    private boolean reminded;

    @Version
    private long version;

    protected FollowUp() {
        // for JPA
    }

    FollowUp(Visit visit, String action, String owner, LocalDate dueOn) {
        this.visit = Objects.requireNonNull(visit);
        this.childId = visit.getChildId();
        this.action = Objects.requireNonNull(action);
        this.owner = Objects.requireNonNull(owner);
        this.dueOn = Objects.requireNonNull(dueOn);
    }

    void markDone(LocalDate on, String by) {
        if (doneOn != null) {
            throw new IllegalStateException("This follow-up is already done");
        }
        this.doneOn = Objects.requireNonNull(on);
        this.doneBy = Objects.requireNonNull(by);
    }

    public Long getId() {
        return id;
    }

    public Visit getVisit() {
        return visit;
    }

    public long getChildId() {
        return childId;
    }

    public String getAction() {
        return action;
    }

    public String getOwner() {
        return owner;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public Optional<LocalDate> doneOn() {
        return Optional.ofNullable(doneOn);
    }

    public String getDoneBy() {
        return doneBy;
    }

    public boolean isDone() {
        return doneOn != null;
    }

    public long getVersion() {
        return version;
    }
}
