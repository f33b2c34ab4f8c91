package eu.guardian.child;

import java.io.Serializable;

/**
 * A child's names written in Latin letters: a transliteration of names in another script (محمد → Mohammed), as
 * pages and the API take and show it. A child may have several (Mohammed, Muhammad); the first one is shown in lists.
 */
public record LatinName(String givenNames, String familyName) implements Serializable {

    /** "Mohammed Ali". */
    public String fullName() {
        return givenNames + " " + familyName;
    }
}
