package eu.guardian.staff;

import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The administrator's form for a new staff account: the person, the role, and the care centres (reception) or
 * regions (caseworker, authority) the role needs. Keycloak sends the invitation; the person sets their own password.
 */
@Named
@ViewScoped
public class AccountCreationView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "accountForm";
    private static final Map<String, String> INPUTS = Map.of("username", "username", "firstName", "firstName",
            "lastName", "lastName", "email", "email", "role", "role", "centreIds", "centres", "regions", "regions");
    private static final Map<String, String> LABELS = Map.of("username", "account.username", "firstName",
            "account.firstName", "lastName", "account.lastName", "email", "account.email", "role", "account.role",
            "centreIds", "account.centres", "regions", "account.regions");

    @Inject
    Accounts accounts;

    @Inject
    WorkPlaces centres;

    private String username;
    private String firstName;
    private String lastName;
    private String email;
    private String role;
    private List<Long> centreIds = new ArrayList<>();
    private List<String> regions = new ArrayList<>();
    private List<SelectItem> centreChoices;
    private List<String> regionChoices;

    @PostConstruct
    void init() {
        centreChoices = centres.centres().stream()
                .map(c -> new SelectItem(c.id(), c.name() + " (" + c.region() + ")")).toList();
        regionChoices = centres.regions();
    }

    public String create() {
        return FormAction.of(FORM, INPUTS, LABELS).messagesInForm().call(() -> {
            AccountRecord account = accounts.create(new AccountInput(username, firstName, lastName, email, role,
                    List.copyOf(centreIds), List.copyOf(regions)));
            FormMessages.addForNextPage("account.created", account.username(), account.email());
            return "/admin/accounts.xhtml?faces-redirect=true";
        }).orElse(null);
    }

    public List<String> getRoles() {
        return Arrays.stream(StaffRole.values()).map(StaffRole::id).toList();
    }

    public boolean isNeedsCentres() {
        return Optional.ofNullable(role).flatMap(StaffRole::fromId).filter(StaffRole::needsCentres).isPresent();
    }

    public boolean isNeedsRegions() {
        return Optional.ofNullable(role).flatMap(StaffRole::fromId).filter(StaffRole::needsRegions).isPresent();
    }

    public List<SelectItem> getCentreChoices() {
        return centreChoices;
    }

    public List<String> getRegionChoices() {
        return regionChoices;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getFirstName() {
        return firstName;
    }

    public void setFirstName(String firstName) {
        this.firstName = firstName;
    }

    public String getLastName() {
        return lastName;
    }

    public void setLastName(String lastName) {
        this.lastName = lastName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getRole() {
        return role;
    }

    public void setRole(String role) {
        this.role = role;
    }

    public List<Long> getCentreIds() {
        return centreIds;
    }

    public void setCentreIds(List<Long> centreIds) {
        this.centreIds = centreIds == null ? new ArrayList<>() : new ArrayList<>(centreIds);
    }

    public List<String> getRegions() {
        return regions;
    }

    public void setRegions(List<String> regions) {
        this.regions = regions == null ? new ArrayList<>() : new ArrayList<>(regions);
    }
}
