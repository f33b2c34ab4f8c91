package eu.guardian.platform.reference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Locale;

/**
 * A country (ISO 3166-1). EU membership is kept for statistics only: Guardian treats an EU citizen and a third-country
 * national alike, and never branches a workflow on nationality.
 */
@Entity
@Table(name = "country")
public class Country {

    @Id
    @Column(name = "code", length = 2)
    private String code;

    @Column(name = "alpha3", nullable = false, length = 3)
    private String alpha3;

    @Column(name = "name_en", nullable = false)
    private String englishName;

    @Column(name = "eu_member", nullable = false)
    private boolean euMember;

    protected Country() {
        // for JPA
    }

    public String getCode() {
        return code;
    }

    public String getAlpha3() {
        return alpha3;
    }

    public boolean isEuMember() {
        return euMember;
    }

    /** The country's name in the reader's language, falling back to the stored English name. */
    public String nameIn(Locale language) {
        String name = new Locale("", code).getDisplayCountry(language);
        return name.isBlank() || name.equals(code) ? englishName : name;
    }
}
