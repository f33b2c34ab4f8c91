package eu.guardian.platform.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/** A language a child may speak (ISO 639): the two-letter code where one exists, else the three-letter one. */
@Entity
@Table(name = "language")
public class Language {

    @Id
    @Column(name = "code", length = 3)
    private String code;

    @Column(name = "iso639_3", nullable = false, length = 3)
    private String iso6393;

    @Column(name = "name_en", nullable = false)
    private String englishName;

    protected Language() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getIso6393() {
        return iso6393;
    }

    /** The language's name in the reader's language, falling back to the stored English name. */
    public String nameIn(Locale reader) {
        String name = new Locale(code).getDisplayLanguage(reader);
        return name.isBlank() || name.equals(code) ? englishName : name;
    }
}
