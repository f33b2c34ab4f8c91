package eu.guardian.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.io.Serializable;

/**
 * A link from a factor to what supports it: a visit or a document of another capability, named by kind, id and a
 * label (no foreign key: the other capability owns its table, and the label keeps the link readable on its own).
 */
@Embeddable
public class EvidenceLink implements Serializable {

    private static final long serialVersionUID = 1L;

    @Enumerated(EnumType.STRING)
    @Column(name = "factor", nullable = false)
    private Factor factor;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false)
    private EvidenceKind kind;

    @Column(name = "ref_id", nullable = false)
    private String refId;

    @Column(name = "label", nullable = false)
    private String label;

    protected EvidenceLink() {
    }

    EvidenceLink(Factor factor, EvidenceKind kind, String refId, String label) {
        this.factor = factor;
        this.kind = kind;
        this.refId = refId;
        this.label = label;
    }

    public Factor getFactor() {
        return factor;
    }

    public EvidenceKind getKind() {
        return kind;
    }

    public String getRefId() {
        return refId;
    }

    public String getLabel() {
        return label;
    }

    @Override
    public String toString() {
        return factor + ":" + kind + ":" + refId + ":" + label;
    }
}
