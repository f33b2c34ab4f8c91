package eu.guardian.careplan;

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
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing planned for a child: its type, the agency and person responsible, the due date (the type's legal default
 * unless someone set another), its status and the outcome. Open items (planned, in progress) past their due date are
 * overdue; {@code openItem} mirrors the status for the indexed overdue list.
 */
@Entity
@Table(name = "care_plan_item")
public class CarePlanItem {

    @Id
    @TableGenerator(name = "care_plan_item_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "care_plan_item", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "care_plan_item_id")
    private Long id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "item_type", nullable = false)
    private CarePlanItemType type;

    @Column(name = "agency")
    private String agency;

    @Column(name = "responsible_person")
    private String responsiblePerson;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Column(name = "due_from_rule", nullable = false)
    private boolean dueFromRule;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private CarePlanStatus status;

    @Column(name = "open_item", nullable = false)
    private boolean openItem;

    @Column(name = "outcome")
    private String outcome;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Version
    private long version;

    protected CarePlanItem() {
        // for JPA
    }

    public CarePlanItem(long childId, CarePlanItemType type, Optional<String> agency,
            Optional<String> responsiblePerson, LocalDate dueOn, boolean dueFromRule, String by, Instant now) {
        this.childId = childId;
        this.type = Objects.requireNonNull(type);
        this.agency = agency.orElse(null);
        this.responsiblePerson = responsiblePerson.orElse(null);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.dueFromRule = dueFromRule;
        this.status = CarePlanStatus.PLANNED;
        this.openItem = true;
        this.createdBy = Objects.requireNonNull(by);
        this.createdAt = Objects.requireNonNull(now);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    /** Changes what is planned (type, who, when): caseworkers and the authority. */
    public void replan(CarePlanItemType type, Optional<String> agency, Optional<String> responsiblePerson,
            LocalDate dueOn, boolean dueFromRule, String by, Instant now) {
        this.type = Objects.requireNonNull(type);
        this.agency = agency.orElse(null);
        this.responsiblePerson = responsiblePerson.orElse(null);
        this.dueOn = Objects.requireNonNull(dueOn);
        this.dueFromRule = dueFromRule;
        touched(by, now);
    }

    /** Records progress: the status and the outcome so far. */
    public void recordProgress(CarePlanStatus status, Optional<String> outcome, String by, Instant now) {
        this.status = Objects.requireNonNull(status);
        this.openItem = status.isOpen();
        this.outcome = outcome.orElse(null);
        touched(by, now);
    }

    public boolean isOverdueOn(LocalDate today) {
        return CarePlanRules.isOverdue(dueOn, status, today);
    }

    private void touched(String by, Instant now) {
        this.updatedBy = Objects.requireNonNull(by);
        this.updatedAt = Objects.requireNonNull(now);
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public CarePlanItemType getType() {
        return type;
    }

    public Optional<String> agency() {
        return Optional.ofNullable(agency);
    }

    public Optional<String> responsiblePerson() {
        return Optional.ofNullable(responsiblePerson);
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isDueFromRule() {
        return dueFromRule;
    }

    public CarePlanStatus getStatus() {
        return status;
    }

    public Optional<String> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }

    public long getVersion() {
        return version;
    }
}
