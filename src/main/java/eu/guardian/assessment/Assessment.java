package eu.guardian.assessment;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * A best-interests assessment of one child: a section per {@link Factor}, the child's participation, recommendations,
 * and its workflow ({@link AssessmentWorkflow}). Guards its invariants: content changes only while editable, every
 * step is kept in the history, and an approved assessment never changes (corrections are amendments).
 */
@Entity
@Table(name = "bia")
public class Assessment {

    @Id
    @TableGenerator(name = "bia_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "bia", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bia_id")
    private Long id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private AssessmentKind kind;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false)
    private AssessmentStatus status;

    @Column(name = "author", nullable = false, updatable = false)
    private String author;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "amends_id", updatable = false)
    private Long amendsId;

    @Column(name = "child_heard")
    private Boolean childHeard;

    @Column(name = "views_language")
    private String viewsLanguage;

    @Column(name = "interpreter")
    private String interpreter;

    @Column(name = "views_weighing")
    private String viewsWeighing;

    @Column(name = "not_heard_reason")
    private String notHeardReason;

    @Column(name = "recommendations")
    private String recommendations;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "decided_by")
    private String decidedBy;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "return_comment")
    private String returnComment;

    @Column(name = "next_review_on")
    private LocalDate nextReviewOn;

    @ElementCollection
    @CollectionTable(name = "bia_section", joinColumns = @JoinColumn(name = "bia_id"))
    private List<Section> sections = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "bia_evidence", joinColumns = @JoinColumn(name = "bia_id"))
    @OrderColumn(name = "seq")
    private List<EvidenceLink> evidence = new ArrayList<>();

    @OneToMany(mappedBy = "assessment", cascade = CascadeType.PERSIST)
    @OrderBy("at ASC, id ASC")
    private List<AssessmentEvent> history = new ArrayList<>();

    @Version
    private long version;

    protected Assessment() {
    }

    /** A new draft, every factor's section empty. */
    Assessment(long childId, AssessmentKind kind, String author, Instant now, Optional<Long> amendsId) {
        this.childId = childId;
        this.kind = kind;
        this.status = AssessmentStatus.DRAFT;
        this.author = author;
        this.createdAt = now;
        this.amendsId = amendsId.orElse(null);
        Arrays.stream(Factor.values()).forEach(f -> sections.add(new Section(f, null, null, null, null, null)));
        history.add(new AssessmentEvent(this, amendsId.isPresent() ? AssessmentEvent.Kind.AMENDED
                : AssessmentEvent.Kind.CREATED, author, now, amendsId.map(id -> "#" + id)));
    }

    /** An amendment: a new draft that starts from this approved assessment's content and links to it. */
    Assessment amendment(String by, Instant now) {
        require(AssessmentWorkflow.Action.AMEND);
        Assessment copy = new Assessment(childId, kind, by, now, Optional.of(id));
        copy.childHeard = childHeard;
        copy.viewsLanguage = viewsLanguage;
        copy.interpreter = interpreter;
        copy.viewsWeighing = viewsWeighing;
        copy.notHeardReason = notHeardReason;
        copy.recommendations = recommendations;
        copy.sections = new ArrayList<>(sections.stream().map(s -> new Section(s.getFactor(), s.findings().orElse(null),
                s.sources().orElse(null), s.riskLevel().orElse(null), by, now)).toList());
        copy.evidence = new ArrayList<>(evidence.stream().map(e -> new EvidenceLink(e.getFactor(), e.getKind(),
                e.getRefId(), e.getLabel())).toList());
        return copy;
    }

    /** Replaces the content (author's and caseworkers' editing). */
    void revise(AssessmentContent content, String by, Instant now) {
        require(AssessmentWorkflow.Action.EDIT);
        kind = content.kind();
        setParticipation(content.participation());
        recommendations = content.recommendations().orElse(null);
        List<Section> revised = new ArrayList<>();
        for (Section old : sections) {
            AssessmentContent.SectionContent fresh = content.sections().get(old.getFactor());
            revised.add(fresh == null ? old : changedOrSame(old, fresh, by, now));
        }
        sections = revised;
        evidence = new ArrayList<>(content.evidence().stream()
                .map(e -> new EvidenceLink(e.factor(), e.kind(), e.refId(), e.label())).toList());
        history.add(new AssessmentEvent(this, AssessmentEvent.Kind.EDITED, by, now, Optional.empty()));
    }

    /** The child's guardian's contribution: the child's views section and the participation, nothing else. */
    void contributeChildViews(AssessmentContent.SectionContent views, Participation participation,
            List<AssessmentContent.Evidence> viewsEvidence, String by, Instant now) {
        require(AssessmentWorkflow.Action.EDIT);
        setParticipation(participation);
        sections = new ArrayList<>(sections.stream().map(s -> s.getFactor() == Factor.CHILD_VIEWS
                ? changedOrSame(s, views, by, now) : s).toList());
        List<EvidenceLink> kept = new ArrayList<>(evidence.stream()
                .filter(e -> e.getFactor() != Factor.CHILD_VIEWS).toList());
        viewsEvidence.forEach(e -> kept.add(new EvidenceLink(Factor.CHILD_VIEWS, e.kind(), e.refId(), e.label())));
        evidence = kept;
        history.add(new AssessmentEvent(this, AssessmentEvent.Kind.CHILD_VIEWS_CONTRIBUTED, by, now,
                Optional.empty()));
    }

    void submit(String by, Instant now) {
        status = require(AssessmentWorkflow.Action.SUBMIT);
        submittedBy = by;
        submittedAt = now;
        returnComment = null;
        history.add(new AssessmentEvent(this, AssessmentEvent.Kind.SUBMITTED, by, now, Optional.empty()));
    }

    void approve(String by, Instant now, LocalDate nextReview) {
        AssessmentStatus next = require(AssessmentWorkflow.Action.APPROVE);
        requireFourEyes(by);
        status = next;
        decidedBy = by;
        decidedAt = now;
        nextReviewOn = nextReview;
        history.add(new AssessmentEvent(this, AssessmentEvent.Kind.APPROVED, by, now, Optional.empty()));
    }

    void returnForRework(String by, Instant now, String comment) {
        AssessmentStatus next = require(AssessmentWorkflow.Action.RETURN);
        requireFourEyes(by);
        status = next;
        decidedBy = by;
        decidedAt = now;
        returnComment = comment;
        history.add(new AssessmentEvent(this, AssessmentEvent.Kind.RETURNED, by, now, Optional.of(comment)));
    }

    private void requireFourEyes(String by) {
        if (!AssessmentWorkflow.mayDecide(author, Optional.ofNullable(submittedBy), by)) {
            throw new WorkflowRefused(AssessmentWorkflow.Refusal.OWN_ASSESSMENT);
        }
    }

    private AssessmentStatus require(AssessmentWorkflow.Action action) {
        AssessmentWorkflow.Result result = AssessmentWorkflow.apply(status, action);
        return result.next().orElseThrow(() -> new WorkflowRefused(result.refusal().orElseThrow()));
    }

    private void setParticipation(Participation participation) {
        childHeard = participation.heard().orElse(null);
        viewsLanguage = participation.language().orElse(null);
        interpreter = participation.interpreter().orElse(null);
        viewsWeighing = participation.weighing().orElse(null);
        notHeardReason = participation.notHeardReason().orElse(null);
    }

    private static Section changedOrSame(Section old, AssessmentContent.SectionContent fresh, String by, Instant now) {
        boolean same = old.findings().equals(fresh.findings()) && old.sources().equals(fresh.sources())
                && old.riskLevel().equals(fresh.riskLevel());
        return same ? old : new Section(old.getFactor(), fresh.findings().orElse(null), fresh.sources().orElse(null),
                fresh.riskLevel().orElse(null), by, now);
    }

    public Section section(Factor factor) {
        return sections.stream().filter(s -> s.getFactor() == factor).findFirst()
                .orElseGet(() -> new Section(factor, null, null, null, null, null));
    }

    public Participation participation() {
        return new Participation(Optional.ofNullable(childHeard), Optional.ofNullable(viewsLanguage),
                Optional.ofNullable(interpreter), Optional.ofNullable(viewsWeighing),
                Optional.ofNullable(notHeardReason));
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public AssessmentKind getKind() {
        return kind;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public String getAuthor() {
        return author;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Optional<Long> amendsId() {
        return Optional.ofNullable(amendsId);
    }

    public Optional<String> recommendations() {
        return Optional.ofNullable(recommendations);
    }

    public Optional<String> submittedBy() {
        return Optional.ofNullable(submittedBy);
    }

    public Optional<Instant> submittedAt() {
        return Optional.ofNullable(submittedAt);
    }

    public Optional<String> decidedBy() {
        return Optional.ofNullable(decidedBy);
    }

    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    public Optional<String> returnComment() {
        return Optional.ofNullable(returnComment);
    }

    public Optional<LocalDate> nextReviewOn() {
        return Optional.ofNullable(nextReviewOn);
    }

    public List<Section> getSections() {
        return List.copyOf(sections);
    }

    public List<EvidenceLink> getEvidence() {
        return List.copyOf(evidence);
    }

    public List<AssessmentEvent> getHistory() {
        return List.copyOf(history);
    }

    public long getVersion() {
        return version;
    }
}
