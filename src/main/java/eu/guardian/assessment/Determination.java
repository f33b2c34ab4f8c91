package eu.guardian.assessment;

import eu.guardian.platform.validation.Conflict;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A best-interests determination (BID): a formal decision on a durable solution or on separating a child from their
 * parents against their will, taken by a multidisciplinary panel under {@link PanelRules}. Open until decided; a
 * decided determination never changes. It blocks nothing else on the child's case.
 */
@Entity
@Table(name = "bid")
public class Determination {

    public enum Status {
        OPEN, DECIDED
    }

    @Id
    @TableGenerator(name = "bid_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "bid", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bid_id")
    private Long id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "subject", nullable = false, updatable = false)
    private DeterminationSubject subject;

    @Column(name = "proposal", nullable = false, updatable = false)
    private String proposal;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private Status status;

    @Column(name = "convener", nullable = false, updatable = false)
    private String convener;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "outcome")
    private Outcome outcome;

    @Column(name = "decision")
    private String decision;

    @Column(name = "conditions")
    private String conditions;

    @Column(name = "review_on")
    private LocalDate reviewOn;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @OneToMany(mappedBy = "determination", cascade = CascadeType.PERSIST)
    @OrderBy("id ASC")
    private List<PanelMember> members = new ArrayList<>();

    @Version
    private long version;

    protected Determination() {
    }

    /** Members as (username, name, discipline); the caller has checked the composition rules. */
    Determination(long childId, DeterminationSubject subject, String proposal, String convener, Instant now,
            List<PanelRules.Seat> seats, List<String> names) {
        this.childId = childId;
        this.subject = subject;
        this.proposal = proposal;
        this.status = Status.OPEN;
        this.convener = convener;
        this.createdAt = now;
        for (int i = 0; i < seats.size(); i++) {
            members.add(new PanelMember(this, seats.get(i).username(), names.get(i), seats.get(i).discipline()));
        }
    }

    /**
     * Who may read the determination's file (docs/domain-rules.md#determinations-bid: members only after the
     * confidentiality undertaking).
     */
    public enum Access {
        MEMBER, CONVENER_OR_AUDITOR, UNDERTAKING_MISSING, NONE
    }

    /** The read rule: a member who signed; the convener; auditors; a member who has not signed reads nothing. */
    Access accessFor(String username, boolean auditor) {
        Optional<PanelMember> member = member(username);
        if (member.isPresent()) {
            return member.get().signed() ? Access.MEMBER : Access.UNDERTAKING_MISSING;
        }
        return convener.equals(username) || auditor ? Access.CONVENER_OR_AUDITOR : Access.NONE;
    }

    Optional<PanelMember> member(String username) {
        return members.stream().filter(m -> m.getUsername().equals(username)).findFirst();
    }

    void requireOpen() {
        if (status != Status.OPEN) {
            throw new Conflict("determination.decided.refused", List.of());
        }
    }

    List<PanelRules.Seat> seats() {
        return members.stream().map(PanelMember::seat).toList();
    }

    /** Records the panel's decision: needs the quorum and a majority either way (checked by {@link PanelRules}). */
    void decide(PanelRules rules, String decisionText, Optional<String> conditionsText, LocalDate review, String by,
            Instant now) {
        requireOpen();
        if (!rules.quorate(seats())) {
            throw new Conflict("determination.noQuorum", List.of());
        }
        Outcome majority = rules.majority(seats())
                .orElseThrow(() -> new Conflict("determination.noMajority", List.of()));
        outcome = majority;
        decision = decisionText;
        conditions = conditionsText.orElse(null);
        reviewOn = review;
        decidedBy = by;
        decidedAt = now;
        status = Status.DECIDED;
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public DeterminationSubject getSubject() {
        return subject;
    }

    public String getProposal() {
        return proposal;
    }

    public Status getStatus() {
        return status;
    }

    public String getConvener() {
        return convener;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Outcome> outcome() {
        return Optional.ofNullable(outcome);
    }

    public Optional<String> decision() {
        return Optional.ofNullable(decision);
    }

    public Optional<String> conditions() {
        return Optional.ofNullable(conditions);
    }

    public Optional<LocalDate> reviewOn() {
        return Optional.ofNullable(reviewOn);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public List<PanelMember> getMembers() {
        return List.copyOf(members);
    }

    public long getVersion() {
        return version;
    }
}
