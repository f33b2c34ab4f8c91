package eu.guardian.assessment;

import eu.guardian.child.SignificantChange;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A review of a child's best-interests assessment that is due: periodic after an approval, or after a significant
 * change ({@link SignificantChange}). Open until an assessment of the child is approved.
 */
@Entity
@Table(name = "bia_review")
public class Review {

    /** PERIODIC, or the name of a {@link SignificantChange.Reason}. */
    public static final String PERIODIC = "PERIODIC";

    /** The first assessment, due from identification (docs/domain-rules.md#the-laws-clocks). */
    public static final String FIRST_ASSESSMENT = "FIRST_ASSESSMENT";

    /** The review date a best-interests determination set. */
    public static final String DETERMINATION_REVIEW = "DETERMINATION_REVIEW";

    @Id
    @TableGenerator(name = "bia_review_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "bia_review", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "bia_review_id")
    private Long id;

    @Column(name = "child_id", nullable = false, updatable = false)
    private long childId;

    @Column(name = "reason", nullable = false, updatable = false)
    private String reason;

    @Column(name = "due_on", nullable = false, updatable = false)
    private LocalDate dueOn;

    @Column(name = "is_open", nullable = false)
    private boolean open;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false)
    private String createdBy;

    @Column(name = "completed_by_bia")
    private Long completedByAssessment;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Review() {
    }

    Review(long childId, String reason, LocalDate dueOn, String createdBy, Instant now) {
        this.childId = childId;
        this.reason = reason;
        this.dueOn = dueOn;
        this.open = true;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    void complete(long assessmentId, Instant now) {
        if (open) {
            open = false;
            completedByAssessment = assessmentId;
            completedAt = now;
        }
    }

    public Long getId() {
        return id;
    }

    public long getChildId() {
        return childId;
    }

    public String getReason() {
        return reason;
    }

    public LocalDate getDueOn() {
        return dueOn;
    }

    public boolean isOpen() {
        return open;
    }

    public Optional<Long> completedByAssessment() {
        return Optional.ofNullable(completedByAssessment);
    }
}
