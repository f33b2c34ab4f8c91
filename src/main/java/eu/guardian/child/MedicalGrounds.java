package eu.guardian.child;

import java.io.Serializable;

/**
 * Why a medical age assessment was the last resort and on what ground it was done (docs/domain-rules.md
 * #medical-age-assessment): the reason documents and an interview were not enough, and the consent of both the child
 * and the guardian, or the legal basis that stands in for it.
 */
public record MedicalGrounds(String reason, boolean childConsented, boolean guardianConsented, String legalBasis)
        implements Serializable {

    public MedicalGrounds {
        reason = blankToNull(reason);
        legalBasis = blankToNull(legalBasis);
    }

    /** Nothing given: enough for documents and interviews, never for a medical examination. */
    public static MedicalGrounds none() {
        return new MedicalGrounds(null, false, false, null);
    }

    public boolean hasReason() {
        return reason != null;
    }

    /** Both consented, or a legal basis is named. */
    public boolean hasGround() {
        return (childConsented && guardianConsented) || legalBasis != null;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
