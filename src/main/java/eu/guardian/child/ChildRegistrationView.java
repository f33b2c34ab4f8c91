package eu.guardian.child;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The registration form of a newly arrived child. The service checks everything; its broken rules are shown at the
 * inputs, possible duplicates are listed for the user to check, and "register anyway" confirms it is another child.
 */
@Named
@ViewScoped
public class ChildRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "registration";

    /** Service field name → input id in the form. */
    private static final Map<String, String> INPUTS = Map.ofEntries(
            Map.entry("givenNames", "givenNames"), Map.entry("familyName", "familyName"),
            Map.entry("aliases", "aliases"), Map.entry("sex", "sex"), Map.entry("birthDate", "birthDate"),
            Map.entry("birthDatePrecision", "birthDatePrecision"), Map.entry("nationalityKind", "nationalityKind"),
            Map.entry("nationalityCode", "nationalityCode"), Map.entry("otherCitizenships", "otherCitizenships"),
            Map.entry("languages", "languages"), Map.entry("preferredLanguage", "preferredLanguage"),
            Map.entry("identifiedOn", "identifiedOn"), Map.entry("identifiedPlace", "identifiedPlace"),
            Map.entry("applicationMadeOn", "applicationMadeOn"), Map.entry("region", "region"),
            Map.entry("placementKind", "placementKind"), Map.entry("centreId", "centre"), Map.entry("place", "place"),
            Map.entry("legalStatuses.kind", "statusKind"), Map.entry("legalStatuses.validFrom", "statusFrom"),
            Map.entry("legalStatuses.validTo", "statusTo"));

    /** Service field name → bundle key of its label. */
    static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("givenNames", "child.givenNames"), Map.entry("familyName", "child.familyName"),
            Map.entry("aliases", "child.aliases"), Map.entry("sex", "child.sex"),
            Map.entry("birthDate", "child.birthDate"), Map.entry("birthDatePrecision", "child.birthDatePrecision"),
            Map.entry("nationalityKind", "child.nationalityKind"), Map.entry("nationalityCode", "child.nationality"),
            Map.entry("otherCitizenships", "child.otherCitizenships"), Map.entry("languages", "child.languages"),
            Map.entry("preferredLanguage", "child.preferredLanguage"), Map.entry("identifiedOn", "child.identifiedOn"),
            Map.entry("identifiedPlace", "child.identifiedPlace"),
            Map.entry("applicationMadeOn", "child.applicationMadeOn"), Map.entry("region", "child.region"),
            Map.entry("placementKind", "child.placementKind"), Map.entry("centreId", "child.centre"),
            Map.entry("place", "child.place"), Map.entry("legalStatuses.kind", "child.legalStatus"),
            Map.entry("legalStatuses.validFrom", "child.validFrom"),
            Map.entry("legalStatuses.validTo", "child.validTo"), Map.entry("placement.startedOn", "child.startedOn"));

    @Inject
    ChildRegistry registry;

    @Inject
    ChildAccess access;

    @Inject
    CurrentUser currentUser;

    private String givenNames;
    private String familyName;
    private String aliases;
    private String sex;
    private LocalDate birthDate;
    private String birthDatePrecision = BirthDatePrecision.EXACT.name();
    private String nationalityKind;
    private String nationalityCode;
    private List<String> otherCitizenships = new ArrayList<>();
    private List<String> languages = new ArrayList<>();
    private String preferredLanguage;
    private LocalDate identifiedOn = LocalDate.now(ZoneOffset.UTC);
    private String identifiedPlace;
    private LocalDate applicationMadeOn;
    private String region;
    private String placementKind = PlacementKind.RECEPTION_CENTRE.name();
    private Long centreId;
    private String place;
    private String statusKind;
    private LocalDate statusFrom;
    private LocalDate statusTo;

    private List<CentreOption> centres;
    private List<String> duplicates = List.of();
    private boolean ownCentreOnly;

    /** A centre as a choice (a JavaBean for EL). */
    public static final class CentreOption implements Serializable {
        private static final long serialVersionUID = 1L;
        private final Long id;
        private final String name;
        private final String region;

        CentreOption(Long id, String name, String region) {
            this.id = id;
            this.name = name;
            this.region = region;
        }

        public Long getId() {
            return id;
        }

        public String getName() {
            return name;
        }

        public String getRegion() {
            return region;
        }
    }

    @PostConstruct
    void init() {
        centres = registry.centres().stream().map(c -> new CentreOption(c.getId(), c.getName(), c.getRegion()))
                .toList();
        if (currentUser.has(Role.RECEPTION) && !currentUser.has(Role.CASEWORKER)) {
            access.receptionCentre().ifPresent(own -> {
                centreId = own;
                ownCentreOnly = true;
                centreChanged();
            });
        }
    }

    /** A chosen centre suggests its region, unless one was typed already. */
    public void centreChanged() {
        if (region == null || region.isBlank()) {
            centres.stream().filter(c -> c.getId().equals(centreId)).findFirst().ifPresent(c -> region = c.getRegion());
        }
        if (centreId != null && (place == null || place.isBlank())) {
            centres.stream().filter(c -> c.getId().equals(centreId)).findFirst().ifPresent(c -> place = c.getName());
        }
    }

    public void nationalityKindChanged() {
        if (!NationalityKind.COUNTRY.name().equals(nationalityKind)) {
            nationalityCode = null;
        }
    }

    public String register() {
        return submit(false);
    }

    public String registerAnyway() {
        return submit(true);
    }

    private String submit(boolean duplicatesAcknowledged) {
        try {
            Child child = registry.register(input(), duplicatesAcknowledged);
            duplicates = List.of();
            FormMessages.addForNextPage("child.registered", child.getCaseNumber());
            return "/children/file.xhtml?faces-redirect=true&id=" + child.getId();
        } catch (InvalidInput invalid) {
            duplicates = List.of();
            FormMessages.show(invalid, FORM, INPUTS, LABELS, null);
        } catch (Conflict conflict) {
            if ("child.duplicates".equals(conflict.messageKey())) {
                duplicates = conflict.details();
                FormMessages.add(null, FacesMessage.SEVERITY_WARN, "child.duplicates");
            } else {
                FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
            }
        }
        return null;
    }

    ChildInput input() {
        List<String> aliasList = aliases == null ? List.of() : Arrays.stream(aliases.split("[,;\\n]"))
                .map(String::strip).filter(a -> !a.isEmpty()).toList();
        boolean country = NationalityKind.COUNTRY.name().equals(nationalityKind);
        List<ChildInput.StatusInput> statuses = statusKind == null || statusKind.isBlank() ? List.of()
                : List.of(new ChildInput.StatusInput(statusKind, iso(statusFrom), iso(statusTo)));
        return new ChildInput(givenNames, familyName, aliasList, sex, iso(birthDate),
                birthDate == null ? BirthDatePrecision.UNKNOWN.name() : birthDatePrecision, nationalityKind,
                country ? nationalityCode : null, List.copyOf(otherCitizenships), List.copyOf(languages),
                preferredLanguage, iso(identifiedOn), identifiedPlace, iso(applicationMadeOn), region, placementKind,
                centreId, place, statuses);
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
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

    public List<String> getPlacementKinds() {
        return names(PlacementKind.values());
    }

    public List<String> getStatusKinds() {
        return names(LegalStatusKind.values());
    }

    public List<CentreOption> getCentres() {
        return centres;
    }

    public List<String> getDuplicates() {
        return duplicates;
    }

    /** Reception staff register children at their own centre only. */
    public boolean isOwnCentreOnly() {
        return ownCentreOnly;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
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

    public String getPlacementKind() {
        return placementKind;
    }

    public void setPlacementKind(String placementKind) {
        this.placementKind = placementKind;
    }

    public Long getCentreId() {
        return centreId;
    }

    public void setCentreId(Long centreId) {
        this.centreId = centreId;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getStatusKind() {
        return statusKind;
    }

    public void setStatusKind(String statusKind) {
        this.statusKind = statusKind;
    }

    public LocalDate getStatusFrom() {
        return statusFrom;
    }

    public void setStatusFrom(LocalDate statusFrom) {
        this.statusFrom = statusFrom;
    }

    public LocalDate getStatusTo() {
        return statusTo;
    }

    public void setStatusTo(LocalDate statusTo) {
        this.statusTo = statusTo;
    }
}
