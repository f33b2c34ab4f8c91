package eu.guardian.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/** One factor of an assessment: findings, their sources and a risk level; replaced whole when it changes. */
@Embeddable
public class Section implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "factor", nullable = false)
    private Factor factor;

    @Column(name = "findings")
    private String findings;

    @Column(name = "sources")
    private String sources;

    @Enumerated(EnumType.STRING)
    @Column(name = "risk_level")
    private RiskLevel riskLevel;

    @Column(name = "updated_by")
    private String updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Section() {
    }

    Section(Factor factor, String findings, String sources, RiskLevel riskLevel, String updatedBy, Instant updatedAt) {
        this.factor = factor;
        this.findings = findings;
        this.sources = sources;
        this.riskLevel = riskLevel;
        this.updatedBy = updatedBy;
        this.updatedAt = updatedAt;
    }

    /** Filled: findings written and a risk level chosen. */
    public boolean filled() {
        return findings != null && !findings.isBlank() && riskLevel != null;
    }

    public Factor getFactor() {
        return factor;
    }

    public Optional<String> findings() {
        return Optional.ofNullable(findings);
    }

    public Optional<String> sources() {
        return Optional.ofNullable(sources);
    }

    public Optional<RiskLevel> riskLevel() {
        return Optional.ofNullable(riskLevel);
    }

    public Optional<String> updatedBy() {
        return Optional.ofNullable(updatedBy);
    }

    public Optional<Instant> updatedAt() {
        return Optional.ofNullable(updatedAt);
    }
}
