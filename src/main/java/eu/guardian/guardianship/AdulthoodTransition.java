package eu.guardian.guardianship;

import eu.guardian.child.Child;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import jakarta.persistence.TableGenerator;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A child's transition to adulthood (docs/domain-rules.md#transition-to-adulthood): the plan, due months before 18 by
 * the age used, and the handover to an after-care or adult service, which the age-out at 18 closes the case with.
 */
@Entity
@Table(name = "adulthood_transition")
public class AdulthoodTransition {

    @Id
    @TableGenerator(name = "adulthood_transition_id", table = "id_sequence", pkColumnName = "seq_name",
            valueColumnName = "seq_count", pkColumnValue = "adulthood_transition", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.TABLE, generator = "adulthood_transition_id")
    private Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "child_id")
    private Child child;

    @Column(name = "plan_summary")
    private String planSummary;

    @Column(name = "plan_recorded_on")
    private LocalDate planRecordedOn;

    @Column(name = "plan_recorded_by")
    private String planRecordedBy;

    @Column(name = "after_care_service")
    private String afterCareService;

    @Column(name = "after_care_contact")
    private String afterCareContact;

    @Column(name = "handed_over")
    private String handedOver;

    @Enumerated(EnumType.STRING)
    @Column(name = "consent")
    private AfterCareConsent consent;

    @Column(name = "consent_note")
    private String consentNote;

    @Column(name = "handover_recorded_on")
    private LocalDate handoverRecordedOn;

    @Column(name = "handover_recorded_by")
    private String handoverRecordedBy;

    @Version
    private long version;

    protected AdulthoodTransition() {
        // for JPA
    }

    AdulthoodTransition(Child child) {
        this.child = Objects.requireNonNull(child);
    }

    /** The child's transition record, if anything was recorded (the file, and the age-out at 18). */
    static Optional<AdulthoodTransition> of(EntityManager em, Child child) {
        return em.createQuery("SELECT t FROM AdulthoodTransition t WHERE t.child = :child", AdulthoodTransition.class)
                .setParameter("child", child).getResultStream().findFirst();
    }

    void recordPlan(String summary, LocalDate on, String by) {
        this.planSummary = Objects.requireNonNull(summary);
        this.planRecordedOn = Objects.requireNonNull(on);
        this.planRecordedBy = Objects.requireNonNull(by);
    }

    void recordHandover(String service, String contact, String what, AfterCareConsent youngPersonConsent,
            String note, LocalDate on, String by) {
        this.afterCareService = Objects.requireNonNull(service);
        this.afterCareContact = Objects.requireNonNull(contact);
        this.handedOver = Objects.requireNonNull(what);
        this.consent = Objects.requireNonNull(youngPersonConsent);
        this.consentNote = note;
        this.handoverRecordedOn = Objects.requireNonNull(on);
        this.handoverRecordedBy = Objects.requireNonNull(by);
    }

    public Optional<LocalDate> planRecordedOn() {
        return Optional.ofNullable(planRecordedOn);
    }

    public Optional<String> afterCareService() {
        return Optional.ofNullable(afterCareService);
    }

    public Child getChild() {
        return child;
    }

    public String getPlanSummary() {
        return planSummary;
    }

    public String getPlanRecordedBy() {
        return planRecordedBy;
    }

    public String getAfterCareContact() {
        return afterCareContact;
    }

    public String getHandedOver() {
        return handedOver;
    }

    public AfterCareConsent getConsent() {
        return consent;
    }

    public String getConsentNote() {
        return consentNote;
    }

    public LocalDate getHandoverRecordedOn() {
        return handoverRecordedOn;
    }

    public String getHandoverRecordedBy() {
        return handoverRecordedBy;
    }
}
