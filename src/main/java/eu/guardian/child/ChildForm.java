package eu.guardian.child;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A child's identity as the pages type it: the fields shared by the registration form and the identity correction
 * form (fragment {@code /WEB-INF/fragments/child/identity-fields.xhtml}), their conversion to a {@link ChildInput},
 * and how the service's field names map to the inputs and their labels.
 */
public class ChildForm implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Service field name → input id in the form (the fragment's ids). */
    public static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("givenNames", "givenNames"), Map.entry("familyName", "familyName"),
            Map.entry(LatinNames.FIELD, "transliterationList"), Map.entry("aliases", "aliases"), Map.entry("sex", "sex"), Map.entry("birthDate", "birthDate"),
            Map.entry("birthDatePrecision", "birthDatePrecision"), Map.entry("nationalityKind", "nationalityKind"),
            Map.entry("nationalityCode", "nationalityCode"), Map.entry("otherCitizenships", "otherCitizenships"),
            Map.entry("languages", "languages"), Map.entry("preferredLanguage", "preferredLanguage"),
            Map.entry("identifiedOn", "identifiedOn"), Map.entry("identifiedPlace", "identifiedPlace"),
            Map.entry("applicationMadeOn", "applicationMadeOn"), Map.entry("region", "region"));

    /** Service field name → bundle key of its label. */
    public static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("givenNames", "child.givenNames"), Map.entry("familyName", "child.familyName"),
            Map.entry(LatinNames.FIELD, "child.transliterations"), Map.entry("aliases", "child.aliases"), Map.entry("sex", "child.sex"),
            Map.entry("birthDate", "child.birthDate"), Map.entry("birthDatePrecision", "child.birthDatePrecision"),
            Map.entry("nationalityKind", "child.nationalityKind"), Map.entry("nationalityCode", "child.nationality"),
            Map.entry("otherCitizenships", "child.otherCitizenships"), Map.entry("languages", "child.languages"),
            Map.entry("preferredLanguage", "child.preferredLanguage"), Map.entry("identifiedOn", "child.identifiedOn"),
            Map.entry("identifiedPlace", "child.identifiedPlace"),
            Map.entry("applicationMadeOn", "child.applicationMadeOn"), Map.entry("region", "child.region"));

    private String givenNames;
    private String familyName;
    private List<LatinNameRow> transliterations = new ArrayList<>(List.of(new LatinNameRow()));
    private String aliases;
    private String sex;
    private LocalDate birthDate;
    private String birthDatePrecision = BirthDatePrecision.EXACT.name();
    private String nationalityKind;
    private String nationalityCode;
    private List<String> otherCitizenships = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private String preferredLanguage;
    private LocalDate identifiedOn;
    private String identifiedPlace;
    private LocalDate applicationMadeOn;
    private String region;

    /** An empty form for a child identified on the given day (the registering view's today). */
    public static ChildForm identifiedOn(LocalDate day) {
        ChildForm form = new ChildForm();
        form.identifiedOn = day;
        return form;
    }

    /** The form prefilled with a child's file, to correct it. */
    public static ChildForm of(ChildFile file) {
        ChildForm form = new ChildForm();
        form.givenNames = file.givenNames();
        form.familyName = file.familyName();
        if (file.transliterations() != null && !file.transliterations().isEmpty()) {
            form.transliterations = new ArrayList<>(file.transliterations().stream().map(LatinNameRow::of).toList());
        }
        form.aliases = file.aliases() == null ? null : String.join(", ", file.aliases());
        form.sex = name(file.sex());
        form.birthDate = file.birthDate();
        form.birthDatePrecision = file.birthDatePrecision() == null ? BirthDatePrecision.UNKNOWN.name()
                : file.birthDatePrecision().name();
        form.nationalityKind = name(file.nationalityKind());
        form.nationalityCode = file.nationalityCode();
        form.otherCitizenships = file.otherCitizenships() == null ? new ArrayList<>()
                : new ArrayList<>(file.otherCitizenships());
        form.languages = file.languages() == null ? new ArrayList<>() : new ArrayList<>(file.languages());
        form.preferredLanguage = file.preferredLanguage();
        form.identifiedOn = file.identifiedOn();
        form.identifiedPlace = file.identifiedPlace();
        form.applicationMadeOn = file.applicationMadeOn();
        form.region = file.region();
        return form;
    }

    /** The identity alone (as a correction sends it): no placement and no legal status. */
    public ChildInput input() {
        return input(null, null, null, List.of());
    }

    /** The identity with a first placement and legal statuses (as a registration sends it). */
    public ChildInput input(String placementKind, Long centreId, String place,
            List<ChildInput.StatusInput> statuses) {
        List<String> aliasList = aliases == null ? List.of() : Arrays.stream(aliases.split("[,;\\n]"))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        boolean country = isCountryNationality();
        List<LatinName> latin = transliterations.stream().map(LatinNameRow::name).toList();
        return new ChildInput(givenNames, familyName, latin, aliasList, sex, iso(birthDate),
                birthDate == null ? BirthDatePrecision.UNKNOWN.name() : birthDatePrecision, nationalityKind,
                country ? nationalityCode : null, List.copyOf(otherCitizenships), List.copyOf(languages),
                preferredLanguage, iso(identifiedOn), identifiedPlace, iso(applicationMadeOn), region, placementKind,
                centreId, place, statuses);
    }

    /** Another row for a Latin spelling of the names (up to {@link LatinNames#MAX}). */
    public void addTransliteration() {
        if (transliterations.size() < LatinNames.MAX) {
            transliterations.add(new LatinNameRow());
        }
    }

    /** Removes a spelling; one (empty) row always stays. */
    public void removeTransliteration(LatinNameRow row) {
        transliterations.remove(row);
        if (transliterations.isEmpty()) {
            transliterations.add(new LatinNameRow());
        }
    }

    public boolean isMoreTransliterationsAllowed() {
        return transliterations.size() < LatinNames.MAX;
    }

    /** One Latin spelling of the names as typed (a JavaBean for the inputs). */
    public static final class LatinNameRow implements Serializable {
        private static final long serialVersionUID = 1L;
        private String givenNames;
        private String familyName;

        static LatinNameRow of(LatinName name) {
            LatinNameRow row = new LatinNameRow();
            row.givenNames = name.givenNames();
            row.familyName = name.familyName();
            return row;
        }

        LatinName name() {
            return new LatinName(givenNames, familyName);
        }

        public String getGivenNames() {
            return givenNames;
        }

        public void setGivenNames(String givenNames) {
            this.givenNames = givenNames;
        }

        public String getFamilyName() {
            return familyName;
        }

        public void setFamilyName(String familyName) {
            this.familyName = familyName;
        }
    }

    /** Ajax listener: a nationality other than a country has no country code. */
    public void nationalityKindChanged() {
        if (!isCountryNationality()) {
            nationalityCode = null;
        }
    }

    public boolean isCountryNationality() {
        return NationalityKind.COUNTRY.name().equals(nationalityKind);
    }

    public List<String> getSexes() {
        return names(Sex.values());
    }

    public List<String> getPrecisions() {
        return names(BirthDatePrecision.values());
    }

    public List<String> getNationalityKinds() {
        return names(NationalityKind.values());
    }

    static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    // Form fields

    public String getGivenNames() {
        return givenNames;
    }

    public void setGivenNames(String givenNames) {
        this.givenNames = givenNames;
    }

    public String getFamilyName() {
        return familyName;
    }

    public void setFamilyName(String familyName) {
        this.familyName = familyName;
    }

    public List<LatinNameRow> getTransliterations() {
        return transliterations;
    }

    public String getAliases() {
        return aliases;
    }

    public void setAliases(String aliases) {
        this.aliases = aliases;
    }

    public String getSex() {
        return sex;
    }

    public void setSex(String sex) {
        this.sex = sex;
    }

    public LocalDate getBirthDate() {
        return birthDate;
    }

    public void setBirthDate(LocalDate birthDate) {
        this.birthDate = birthDate;
    }

    public String getBirthDatePrecision() {
        return birthDatePrecision;
    }

    public void setBirthDatePrecision(String birthDatePrecision) {
        this.birthDatePrecision = birthDatePrecision;
    }

    public String getNationalityKind() {
        return nationalityKind;
    }

    public void setNationalityKind(String nationalityKind) {
        this.nationalityKind = nationalityKind;
    }

    public String getNationalityCode() {
        return nationalityCode;
    }

    public void setNationalityCode(String nationalityCode) {
        this.nationalityCode = nationalityCode;
    }

    public List<String> getOtherCitizenships() {
        return otherCitizenships;
    }

    public void setOtherCitizenships(List<String> otherCitizenships) {
        this.otherCitizenships = otherCitizenships == null ? new ArrayList<>() : otherCitizenships;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public String getPreferredLanguage() {
        return preferredLanguage;
    }

    public void setPreferredLanguage(String preferredLanguage) {
        this.preferredLanguage = preferredLanguage;
    }

    public LocalDate getIdentifiedOn() {
        return identifiedOn;
    }

    public void setIdentifiedOn(LocalDate identifiedOn) {
        this.identifiedOn = identifiedOn;
    }

    public String getIdentifiedPlace() {
        return identifiedPlace;
    }

    public void setIdentifiedPlace(String identifiedPlace) {
        this.identifiedPlace = identifiedPlace;
    }

    public LocalDate getApplicationMadeOn() {
        return applicationMadeOn;
    }

    public void setApplicationMadeOn(LocalDate applicationMadeOn) {
        this.applicationMadeOn = applicationMadeOn;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
