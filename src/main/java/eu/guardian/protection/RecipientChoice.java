package eu.guardian.protection;

import eu.guardian.protection.ProtectionRecords.CounterpartRecord;
import java.io.Serializable;

/**
 * The recipient of a disclosure as a form asks for it (handover, referral and tracing alike): an entry of the
 * counterpart registry, or else an "other" name typed (with its country, for a handover), which then waits for the
 * authority's approval. A chosen entry wins over a typed name.
 */
public final class RecipientChoice implements Serializable {

    private static final long serialVersionUID = 1L;

    private CounterpartRecord counterpart;
    private String otherName;
    private String otherCountry;

    /** The chosen entry's id, or null for "other". */
    Long counterpartId() {
        return counterpart == null ? null : counterpart.id();
    }

    void reset() {
        counterpart = null;
        otherName = null;
        otherCountry = null;
    }

    public CounterpartRecord getCounterpart() {
        return counterpart;
    }

    public void setCounterpart(CounterpartRecord counterpart) {
        this.counterpart = counterpart;
    }

    public String getOtherName() {
        return otherName;
    }

    public void setOtherName(String otherName) {
        this.otherName = otherName;
    }

    public String getOtherCountry() {
        return otherCountry;
    }

    public void setOtherCountry(String otherCountry) {
        this.otherCountry = otherCountry;
    }
}
