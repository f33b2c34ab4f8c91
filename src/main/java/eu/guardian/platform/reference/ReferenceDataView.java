package eu.guardian.platform.reference;

import eu.guardian.platform.i18n.LanguageSelection;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** The administrator's view of the reference data, names shown in the reader's language. */
@Named
@ViewScoped
public class ReferenceDataView implements Serializable {

    private static final long serialVersionUID = 1L;

    /** One line of a table (a JavaBean, since Jakarta EL 5 does not read record components as properties). */
    public static final class Row implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String code;
        private final String secondaryCode;
        private final String name;
        private final boolean euMember;

        Row(String code, String secondaryCode, String name, boolean euMember) {
            this.code = code;
            this.secondaryCode = secondaryCode;
            this.name = name;
            this.euMember = euMember;
        }

        public String getCode() {
            return code;
        }

        public String getSecondaryCode() {
            return secondaryCode;
        }

        public String getName() {
            return name;
        }

        public boolean isEuMember() {
            return euMember;
        }
    }

    @Inject
    ReferenceData referenceData;

    @Inject
    LanguageSelection languageSelection;

    private List<Row> countries;
    private List<Row> languages;
    private List<Row> filteredCountries;
    private List<Row> filteredLanguages;

    public List<Row> getCountries() {
        if (countries == null) {
            countries = referenceData.countries().stream().map(c -> new Row(c.getCode(), c.getAlpha3(),
                    c.nameIn(languageSelection.getLocale()), c.isEuMember())).toList();
        }
        return countries;
    }

    public List<Row> getLanguages() {
        if (languages == null) {
            languages = referenceData.languages().stream().map(l -> new Row(l.getCode(), l.getIso6393(),
                    l.nameIn(languageSelection.getLocale()), false)).toList();
        }
        return languages;
    }

    public List<Row> getFilteredCountries() {
        return filteredCountries;
    }

    public void setFilteredCountries(List<Row> filteredCountries) {
        this.filteredCountries = filteredCountries;
    }

    public List<Row> getFilteredLanguages() {
        return filteredLanguages;
    }

    public void setFilteredLanguages(List<Row> filteredLanguages) {
        this.filteredLanguages = filteredLanguages;
    }
}
