package eu.guardian.guardianship;

import eu.guardian.child.Child;
import eu.guardian.guardian.Guardian;
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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A guardian's appointment for a child, interim or full, from the appointment to its end. The history of a child's
 * guardianships is never rewritten: a change ends one and starts another, each with its reason.
 */
@Entity
@Table(name = "guardianship")
public class Guardianship {

    @Id
    @TableGenerator(name = "guardianship_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "guardianship", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "guardianship_id")
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @ManyToOne(optional = false)
    @JoinColumn(name = "guardian_id")
    private Guardian guardian;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private GuardianshipKind kind;

    @Column(name = "decision_reference", nullable = false)
    private String decisionReference;

    @Column(name = "appointed_on", nullable = false)
    private LocalDate appointedOn;

    @Column(name = "child_informed_on")
    private LocalDate childInformedOn;

    @Column(name = "first_meeting_due", nullable = false)
    private LocalDate firstMeetingDue;

    @Column(name = "child_informed_due_on")
    private LocalDate childInformedDueOn;

    @Column(name = "override_justification")
    private String overrideJustification;

    @Column(name = "overridden_rules")
    private String overriddenRules;

    @Column(name = "ended_on")
    private LocalDate endedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "end_reason")
    private EndReason endReason;

    @Column(name = "end_note")
    private String endNote;

    @Column(name = "appointed_at", nullable = false)
    private Instant appointedAt;

    @Column(name = "appointed_by", nullable = false)
    private String appointedBy;

    @Version
    private long version;

    protected Guardianship() {
        // for JPA
    }

    Guardianship(Child child, Guardian guardian, GuardianshipKind kind, String decisionReference,
            LocalDate appointedOn, Optional<LocalDate> childInformedOn, LocalDate firstMeetingDue,
            Set<Ineligibility> overridden, Optional<String> overrideJustification, String appointedBy, Instant now) {
        if (!overridden.isEmpty() && overrideJustification.filter(text -> !text.isBlank()).isEmpty()) {
            throw new IllegalArgumentException("Appointing an ineligible guardian needs a written justification");
        }
        this.child = Objects.requireNonNull(child);
        this.guardian = Objects.requireNonNull(guardian);
        this.kind = Objects.requireNonNull(kind);
        this.decisionReference = Objects.requireNonNull(decisionReference);
        this.appointedOn = Objects.requireNonNull(appointedOn);
        this.childInformedOn = childInformedOn.orElse(null);
        this.firstMeetingDue = Objects.requireNonNull(firstMeetingDue);
        this.overriddenRules = overridden.isEmpty() ? null
                : overridden.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.overrideJustification = overridden.isEmpty() ? null : overrideJustification.get();
        this.appointedBy = Objects.requireNonNull(appointedBy);
        this.appointedAt = Objects.requireNonNull(now);
    }

    void end(LocalDate on, EndReason reason, Optional<String> note) {
        if (endedOn != null) {
            throw new IllegalStateException("This guardianship has already ended");
        }
        if (on.isBefore(appointedOn)) {
            throw new IllegalArgumentException("A guardianship cannot end before the appointment");
        }
        this.endedOn = on;
        this.endReason = Objects.requireNonNull(reason);
        this.endNote = note.orElse(null);
    }

    void recordChildInformed(LocalDate on) {
        if (on.isBefore(appointedOn)) {
            throw new IllegalArgumentException("The child cannot be told before the appointment");
        }
        this.childInformedOn = on;
    }

    /** The day by which the child must be told of the appointment (docs/domain-rules.md#the-laws-clocks). */
    void childToBeInformedBy(LocalDate due) {
        this.childInformedDueOn = Objects.requireNonNull(due);
    }

    public Optional<LocalDate> childInformedDueOn() {
        return Optional.ofNullable(childInformedDueOn);
    }

    public boolean isActiveOn(LocalDate day) {
        return !appointedOn.isAfter(day) && (endedOn == null || endedOn.isAfter(day));
    }

    public boolean isActive() {
        return endedOn == null;
    }

    public boolean isOverride() {
        return overriddenRules != null;
    }

    public Long getId() {
        return id;
    }

    public Child getChild() {
        return child;
    }

    public Guardian getGuardian() {
        return guardian;
    }

    public GuardianshipKind getKind() {
        return kind;
    }

    public String getDecisionReference() {
        return decisionReference;
    }

    public LocalDate getAppointedOn() {
        return appointedOn;
    }

    public LocalDate getChildInformedOn() {
        return childInformedOn;
    }

    public LocalDate getFirstMeetingDue() {
        return firstMeetingDue;
    }

    public String getOverrideJustification() {
        return overrideJustification;
    }

    public String getOverriddenRules() {
        return overriddenRules;
    }

    public LocalDate getEndedOn() {
        return endedOn;
    }

    public EndReason getEndReason() {
        return endReason;
    }

    public String getEndNote() {
        return endNote;
    }

    public String getAppointedBy() {
        return appointedBy;
    }

    public long getVersion() {
        return version;
    }
}
