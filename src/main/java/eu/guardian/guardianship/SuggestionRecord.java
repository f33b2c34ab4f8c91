package eu.guardian.guardianship;

import java.io.Serializable;

/** A ranked suggestion as shown to the authority: who, and the reasons that ranked them. */
public record SuggestionRecord(long guardianId, String name, String region, int currentLoad, int caseloadCap,
        boolean speaksPreferredLanguage, boolean sharesALanguage, boolean sameRegion, boolean guardsASibling)
        implements Serializable {
}
