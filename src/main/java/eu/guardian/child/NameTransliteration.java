package eu.guardian.child;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** One Latin transliteration of a child's names, as stored (table child_name_transliteration). */
@Embeddable
public class NameTransliteration {

    @Column(name = "given_names", nullable = false)
    private String givenNames;

    @Column(name = "family_name", nullable = false)
    private String familyName;

    protected NameTransliteration() {
        // for JPA
    }

    NameTransliteration(LatinName name) {
        this.givenNames = Objects.requireNonNull(name.givenNames());
        this.familyName = Objects.requireNonNull(name.familyName());
    }

    LatinName name() {
        return new LatinName(givenNames, familyName);
    }
}
