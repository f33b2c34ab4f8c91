package eu.guardian.guardian;

import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.reference.PlaceNames;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The authority's form for a new registry entry, with its first record check, training and declared conflict. */
@Named
@ViewScoped
public class GuardianRegistrationView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "guardianRegistration";

    private static final Map<String, String> INPUTS = Map.ofEntries(Map.entry("kind", "kind"),
            Map.entry("name", "name"), Map.entry("actingPerson", "actingPerson"), Map.entry("email", "email"),
            Map.entry("phone", "phone"), Map.entry("region", "region"), Map.entry("loginUsername", "loginUsername"),
            Map.entry("caseloadCap", "caseloadCap"), Map.entry("languages", "languages"),
            Map.entry("recordCheckOn", "recordCheckOn"), Map.entry("recordCheckValidUntil", "recordCheckValidUntil"),
            Map.entry("trainings.course", "trainingCourse"), Map.entry("trainings.completedOn", "trainingCompletedOn"),
            Map.entry("trainings.validUntil", "trainingValidUntil"), Map.entry("conflicts.centreId", "conflictCentre"),
            Map.entry("conflicts.description", "conflictDescription"));

    /** Each field's label is its input's own message, e.g. {@code guardian.trainingCourse}. */
    private static final Map<String, String> LABELS = INPUTS.entrySet().stream()
            .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, input -> "guardian." + input.getValue()));

    @Inject
    GuardianRegistry registry;

    @Inject
    ChildRegistry children;

    @Inject
    PlaceNames placeNames;

    private String kind = GuardianKind.PROFESSIONAL.name();
    private String name;
    private String actingPerson;
    private String email;
    private String phone;
    private String region;
    private boolean createLogin = true;
    private String loginUsername;
    private Integer caseloadCap;
    private List<String> languages = new ArrayList<>();
    private LocalDate recordCheckOn;
    private LocalDate recordCheckValidUntil;
    private String trainingCourse;
    private LocalDate trainingCompletedOn;
    private LocalDate trainingValidUntil;
    private Long conflictCentre;

    private String conflictDescription;
    private List<SelectItem> centres;

    @PostConstruct
    void init() {
        centres = children.centres().stream().map(c -> new SelectItem(c.getId(), placeNames.of(c.getName())))
                .toList();
    }

    public String register() {
        return FormAction.of(FORM, INPUTS, LABELS).call(() -> {
            List<GuardianInput.TrainingInput> trainings = blank(trainingCourse) && trainingCompletedOn == null
                    ? List.of() : List.of(new GuardianInput.TrainingInput(trainingCourse, iso(trainingCompletedOn),
                            iso(trainingValidUntil)));
            List<GuardianInput.ConflictInput> conflicts = conflictCentre == null && blank(conflictDescription)
                    ? List.of() : List.of(new GuardianInput.ConflictInput(conflictCentre, conflictDescription));
            GuardianSummary guardian = registry.register(new GuardianInput(kind, name, actingPerson, email, phone,
                    region, caseloadCap, List.copyOf(languages), iso(recordCheckOn),
                    iso(recordCheckValidUntil), trainings, conflicts, createLogin, loginUsername));
            FormMessages.addForNextPage(createLogin ? "guardian.registeredWithLogin" : "guardian.registered",
                    guardian.name(), guardian.email());
            return "/guardians/profile.xhtml?faces-redirect=true&id=" + guardian.id();
        }).orElse(null);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    public List<String> getKinds() {
        return Arrays.stream(GuardianKind.values()).map(Enum::name).toList();
    }

    public List<SelectItem> getCentres() {
        return centres;
    }

    public boolean isOrganisation() {
        return GuardianKind.ORGANISATION.name().equals(kind);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = kind;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getActingPerson() {
        return actingPerson;
    }

    public void setActingPerson(String actingPerson) {
        this.actingPerson = actingPerson;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public boolean isCreateLogin() {
        return createLogin;
    }

    public void setCreateLogin(boolean createLogin) {
        this.createLogin = createLogin;
    }

    public String getLoginUsername() {
        return loginUsername;
    }

    public void setLoginUsername(String loginUsername) {
        this.loginUsername = loginUsername;
    }

    public Integer getCaseloadCap() {
        return caseloadCap;
    }

    public void setCaseloadCap(Integer caseloadCap) {
        this.caseloadCap = caseloadCap;
    }

    public List<String> getLanguages() {
        return languages;
    }

    public void setLanguages(List<String> languages) {
        this.languages = languages == null ? new ArrayList<>() : languages;
    }

    public LocalDate getRecordCheckOn() {
        return recordCheckOn;
    }

    public void setRecordCheckOn(LocalDate recordCheckOn) {
        this.recordCheckOn = recordCheckOn;
    }

    public LocalDate getRecordCheckValidUntil() {
        return recordCheckValidUntil;
    }

    public void setRecordCheckValidUntil(LocalDate recordCheckValidUntil) {
        this.recordCheckValidUntil = recordCheckValidUntil;
    }

    public String getTrainingCourse() {
        return trainingCourse;
    }

    public void setTrainingCourse(String trainingCourse) {
        this.trainingCourse = trainingCourse;
    }

    public LocalDate getTrainingCompletedOn() {
        return trainingCompletedOn;
    }

    public void setTrainingCompletedOn(LocalDate trainingCompletedOn) {
        this.trainingCompletedOn = trainingCompletedOn;
    }

    public LocalDate getTrainingValidUntil() {
        return trainingValidUntil;
    }

    public void setTrainingValidUntil(LocalDate trainingValidUntil) {
        this.trainingValidUntil = trainingValidUntil;
    }

    public Long getConflictCentre() {
        return conflictCentre;
    }

    public void setConflictCentre(Long conflictCentre) {
        this.conflictCentre = conflictCentre;
    }

    public String getConflictDescription() {
        return conflictDescription;
    }

    public void setConflictDescription(String conflictDescription) {
        this.conflictDescription = conflictDescription;
    }
}
