package eu.guardian.protection;

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
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A trafficking screening of a child: every indicator answered, the result the rules give, and a caseworker's
 * override of that result with a reason. The answers never change once recorded; a new concern is a new screening.
 */
@Entity
@Table(name = "trafficking_screening")
public class Screening {

    @Id
    @TableGenerator(name = "protection_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "protection", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "protection_id")
    private Long id;

    @Column(name = "child_id", nullable = false)
    private long childId;

    @Enumerated(EnumType.STRING)
    @Column(name = "occasion", nullable = false)
    private ScreeningOccasion occasion;

    @Column(name = "screened_at", nullable = false)
    private Instant screenedAt;

    @Column(name = "screened_by", nullable = false)
    private String screenedBy;

    @ElementCollection
    @CollectionTable(name = "screening_answer", joinColumns = @JoinColumn(name = "screening_id"))
    private List<IndicatorAnswer> answers = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "computed_result", nullable = false)
    private ScreeningResult computedResult;

    @Enumerated(EnumType.STRING)
    @Column(name = "override_result")
    private ScreeningResult overrideResult;

    @Column(name = "override_reason")
    private String overrideReason;

    @Column(name = "overridden_by")
    private String overriddenBy;

    @Column(name = "overridden_at")
    private Instant overriddenAt;

    @Version
    private long version;

    protected Screening() {
        // for JPA
    }

    public Screening(long childId, ScreeningOccasion occasion, List<IndicatorAnswer> answers, String screenedBy,
            Instant now) {
        this.childId = childId;
        this.occasion = Objects.requireNonNull(occasion);
        this.answers = new ArrayList<>(answers);
        this.screenedBy = Objects.requireNonNull(screenedBy);
        this.screenedAt = Objects.requireNonNull(now);
        this.computedResult = ScreeningRules.resultOf(answerMap());
    }

    /** A caseworker's judgement replaces the rules' result; the reason is kept beside it. */
    public void override(ScreeningResult result, String reason, String by, Instant now) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("An override needs a reason");
        }
        this.overrideResult = Objects.requireNonNull(result);
        this.overrideReason = reason.strip();
        this.overriddenBy = Objects.requireNonNull(by);
        this.overriddenAt = Objects.requireNonNull(now);
    }

    public ScreeningResult result() {
        return overrideResult != null ? overrideResult : computedResult;
    }

    public Map<Indicator, Answer> answerMap() {
        Map<Indicator, Answer> map = new EnumMap<>(Indicator.class);
        answers.forEach(a -> map.put(a.getIndicator(), a.getAnswer()));
        return map;
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public ScreeningOccasion getOccasion() {
        return occasion;
    }

    public Instant getScreenedAt() {
        return screenedAt;
    }

    public String getScreenedBy() {
        return screenedBy;
    }

    public List<IndicatorAnswer> getAnswers() {
        return List.copyOf(answers);
    }

    public ScreeningResult getComputedResult() {
        return computedResult;
    }

    public Optional<ScreeningResult> overrideResult() {
        return Optional.ofNullable(overrideResult);
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public String getOverriddenBy() {
        return overriddenBy;
    }

    public long getVersion() {
        return version;
    }
}
