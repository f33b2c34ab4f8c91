package eu.guardian.caseteam;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/** The case-team tab of a child's file: the members, and one dialog for caseworkers and the authority to add or change. */
@Named
@ViewScoped
public class CaseTeamTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:teamForm";
    private static final Map<String, String> INPUTS = Map.of("function", "memberFunction", "name", "memberName",
            "organisation", "memberOrganisation", "contact", "memberContact", "fromOn", "memberFrom", "toOn",
            "memberTo", "username", "memberUsername");
    private static final Map<String, String> LABELS = Map.of("function", "team.function", "name", "team.name",
            "organisation", "team.organisation", "contact", "team.contact", "fromOn", "team.fromOn", "toOn",
            "team.toOn", "username", "team.username", "team.fromOn", "team.fromOn");

    @Inject
    Clock clock;

    @Inject
    CaseTeam team;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    private List<TeamMemberRecord> members;
    private Long memberId;
    private long memberVersion;
    private String function;
    private String name;
    private String organisation;
    private String contact;
    private LocalDate fromOn;
    private LocalDate toOn;
    private String username;

    @PostConstruct
    void reload() {
        members = fileView.isLoaded() ? team.members(fileView.getFile().id()) : List.of();
    }

    public List<TeamMemberRecord> getMembers() {
        return members;
    }

    public boolean isMayManage() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY));
    }

    public void openNew() {
        memberId = null;
        memberVersion = 0;
        function = null;
        name = null;
        organisation = null;
        contact = null;
        fromOn = LocalDate.now(clock);
        toOn = null;
        username = null;
    }

    public void openEdit(TeamMemberRecord member) {
        memberId = member.id();
        memberVersion = member.version();
        function = member.function().name();
        name = member.name();
        organisation = member.organisation();
        contact = member.contact();
        fromOn = member.fromOn();
        toOn = member.toOn();
        username = member.username();
    }

    public void save() {
        long childId = fileView.getFile().id();
        TeamMemberInput input = new TeamMemberInput(function, name, organisation, contact, iso(fromOn), iso(toOn),
                username, memberId == null ? null : memberVersion);
        FormAction saving = FormAction.of(FORM, INPUTS, LABELS).messagesInForm().notFoundAsErrorPage()
                .onConcurrentChange(this::reload);
        saving.run(() -> {
            if (memberId == null) {
                team.add(childId, input);
            } else {
                team.update(childId, memberId, input);
            }
            reload();
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "team.saved");
            PrimeFaces.current().ajax().update(":tabs:teamList");
            PrimeFaces.current().executeScript("PF('teamDialog').hide()");
        });
    }

    private static String iso(LocalDate day) {
        return day == null ? null : day.toString();
    }

    public List<String> getFunctions() {
        return Arrays.stream(TeamFunction.values()).map(Enum::name).toList();
    }

    public boolean isEditing() {
        return memberId != null;
    }

    public String getFunction() {
        return function;
    }

    public void setFunction(String function) {
        this.function = function;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public LocalDate getFromOn() {
        return fromOn;
    }

    public void setFromOn(LocalDate fromOn) {
        this.fromOn = fromOn;
    }

    public LocalDate getToOn() {
        return toOn;
    }

    public void setToOn(LocalDate toOn) {
        this.toOn = toOn;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
