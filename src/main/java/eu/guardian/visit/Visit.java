package eu.guardian.visit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One contact of a guardian (or a caseworker) with a child, with the child's views in their own words. The author
 * may correct the entry within the correction window; after it the entry stays as it is and only addenda are added.
 */
@Entity
@Table(name = "visit")
public class Visit {

    @Id
    @TableGenerator(name = "visit_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "visit", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "visit_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private Long childId;

    @Column(name = "author", nullable = false)
    private String author;

    @Column(name = "author_role", nullable = false)
    private String authorRole;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "mode", nullable = false)
    private VisitMode mode;

    @Column(name = "place")
    private String place;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    @Column(name = "present")
    private String present;

    @Column(name = "seen_alone", nullable = false)
    private boolean seenAlone;

    @Column(name = "interpreter_language")
    private String interpreterLanguage;

    @Column(name = "interpreter")
    private String interpreter;

    @Column(name = "child_views")
    private String childViews;

    @Column(name = "wellbeing")
    private Integer wellbeing;

    @Column(name = "wellbeing_notes")
    private String wellbeingNotes;

    @Column(name = "notes")
    private String notes;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "visit_topic", joinColumns = @JoinColumn(name = "visit_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "topic")
    private Set<Topic> topics = EnumSet.noneOf(Topic.class);

    @OneToMany(mappedBy = "visit", cascade = CascadeType.PERSIST)
    @OrderBy("dueOn")
    private List<FollowUp> followUps = new ArrayList<>();

    @OneToMany(mappedBy = "visit", cascade = CascadeType.PERSIST)
    @OrderBy("writtenAt")
    private List<Addendum> addenda = new ArrayList<>();

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "corrected_at")
    private Instant correctedAt;

    @Version
    private long version;

    protected Visit() {
        // for JPA
    }

    Visit(long childId, String author, String authorRole, VisitFacts facts, Instant recordedAt) {
        this.childId = childId;
        this.author = Objects.requireNonNull(author);
        this.authorRole = Objects.requireNonNull(authorRole);
        this.recordedAt = Objects.requireNonNull(recordedAt);
        apply(facts);
    }

    /** Corrects the entry; the service checks the author and the window first ({@link ContactRules#mayCorrect}). */
    void correct(VisitFacts facts, Instant now) {
        apply(facts);
        this.correctedAt = now;
    }

    private void apply(VisitFacts facts) {
        this.occurredAt = Objects.requireNonNull(facts.occurredAt());
        this.mode = Objects.requireNonNull(facts.mode());
        if (facts.durationMinutes() <= 0) {
            throw new IllegalArgumentException("A visit lasts a positive number of minutes");
        }
        this.durationMinutes = facts.durationMinutes();
        this.place = facts.place().orElse(null);
        this.present = facts.present().orElse(null);
        this.seenAlone = facts.seenAlone();
        this.interpreterLanguage = facts.interpreterLanguage().orElse(null);
        this.interpreter = facts.interpreter().orElse(null);
        this.childViews = facts.childViews().orElse(null);
        this.wellbeing = facts.wellbeing().orElse(null);
        this.wellbeingNotes = facts.wellbeingNotes().orElse(null);
        this.notes = facts.notes().orElse(null);
        this.topics.clear();
        this.topics.addAll(facts.topics());
    }

    FollowUp addFollowUp(String action, String owner, LocalDate dueOn) {
        FollowUp followUp = new FollowUp(this, action, owner, dueOn);
        followUps.add(followUp);
        return followUp;
    }

    Addendum addAddendum(String text, String by, Instant at) {
        Addendum addendum = new Addendum(this, text, by, at);
        addenda.add(addendum);
        return addendum;
    }

    /** The entry's facts as they are now, e.g. to compare with a correction. */
    VisitFacts facts() {
        return new VisitFacts(occurredAt, mode, Optional.ofNullable(place), durationMinutes,
                Optional.ofNullable(present), seenAlone, Optional.ofNullable(interpreterLanguage),
                Optional.ofNullable(interpreter), Optional.ofNullable(childViews), Optional.ofNullable(wellbeing),
                Optional.ofNullable(wellbeingNotes), Optional.ofNullable(notes),
                topics.isEmpty() ? EnumSet.noneOf(Topic.class) : EnumSet.copyOf(topics));
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public String getAuthor() {
        return author;
    }

    public String getAuthorRole() {
        return authorRole;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public VisitMode getMode() {
        return mode;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public Optional<Instant> correctedAt() {
        return Optional.ofNullable(correctedAt);
    }

    public List<FollowUp> getFollowUps() {
        return followUps;
    }

    public List<Addendum> getAddenda() {
        return addenda;
    }

    public long getVersion() {
        return version;
    }
}
