package eu.guardian.assessment;

import eu.guardian.child.CaseClosedException;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Convening a determination panel for a child ({@code determination.xhtml?child=}): the subject, the proposal and the
 * members, checked by the service against the panel rules (settings).
 */
@Named
@ViewScoped
public class DeterminationConveneView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "convene";

    @Inject
    Determinations determinations;

    @Inject
    ChildRegistry children;

    private Long childId;
    private String caseNumber;
    private String subject;
    private String proposal;
    private final List<MemberForm> members = new ArrayList<>();

    /** One panel member's inputs. */
    public static final class MemberForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String name;
        private String discipline;

        boolean isBlank() {
            return blank(username) && blank(name);
        }

        public String getUsername() {
            return username;
        }

        public void setUsername(String username) {
            this.username = username;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }

        public String getDiscipline() {
            return discipline;
        }

        public void setDiscipline(String discipline) {
            this.discipline = discipline;
        }
    }

    /** Starts convening for a child the user may see (the smallest panel's rows empty). */
    void open(long child) {
        caseNumber = children.visibleChild(child).getCaseNumber();
        childId = child;
        for (int i = 0; i < 3; i++) {
            members.add(new MemberForm());
        }
    }

    public String convene() {
        try {
            DeterminationRecord created = determinations.create(childId, new DeterminationInput(subject, proposal,
                    members.stream().filter(m -> !m.isBlank())
                            .map(m -> new DeterminationInput.MemberInput(m.username, m.name, m.discipline)).toList()));
            FormMessages.addForNextPage("determination.created");
            return "/assessments/determination.xhtml?faces-redirect=true&id=" + created.id();
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, FORM, Map.of("subject", "subject", "proposal", "proposal"),
                    Map.of("subject", "determination.subject", "proposal", "determination.proposal", "members",
                            "determination.panel", "members.username", "determination.username", "members.name",
                            "determination.name", "members.discipline", "determination.discipline"), null);
            return null;
        } catch (CaseClosedException closed) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "child.closed");
            return null;
        }
    }

    public void addMember() {
        members.add(new MemberForm());
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isConvening() {
        return childId != null;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public PanelRules getRules() {
        return determinations.rules();
    }

    public List<String> getSubjects() {
        return Arrays.stream(DeterminationSubject.values()).map(Enum::name).toList();
    }

    public List<String> getDisciplines() {
        return Arrays.stream(Discipline.values()).map(Enum::name).toList();
    }

    public List<MemberForm> getMembers() {
        return members;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getProposal() {
        return proposal;
    }

    public void setProposal(String proposal) {
        this.proposal = proposal;
    }
}
