package eu.guardian.protection;

import java.io.Serializable;

/** The ground of a disclosure as a form asks for it (referral and handover alike): consents or a legal basis. */
public final class ConsentFields implements Serializable {

    private static final long serialVersionUID = 1L;

    private boolean child;
    private boolean guardian;
    private String legalBasis;

    void reset() {
        child = false;
        guardian = false;
        legalBasis = null;
    }

    public boolean isChild() {
        return child;
    }

    public void setChild(boolean child) {
        this.child = child;
    }

    public boolean isGuardian() {
        return guardian;
    }

    public void setGuardian(boolean guardian) {
        this.guardian = guardian;
    }

    public String getLegalBasis() {
        return legalBasis;
    }

    public void setLegalBasis(String legalBasis) {
        this.legalBasis = legalBasis;
    }
}
