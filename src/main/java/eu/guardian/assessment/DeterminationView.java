package eu.guardian.assessment;

import eu.guardian.child.CaseClosedException;
import eu.guardian.child.ChildRegistry;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;

/**
 * The determination panel's page: convening a panel for a child ({@code ?child=}), or a determination ({@code ?id=}):
 * a member first signs the confidentiality undertaking, then sees the file and records a position; the convener
 * records the decision once quorum and majority are there.
 */
@Named
@ViewScoped
public class DeterminationView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String CONVENE_FORM = "convene";
    static final String PANEL_FORM = "panel";
    private static final Map<String, String> PANEL_LABELS = Map.of("reviewOn", "determination.reviewOn", "decision",
            "determination.decision");

    @Inject
    Determinations determinations;

    @Inject
    ChildRegistry children;

    @Inject
    Reports reports;

    private String id;
    private String child;
    private Long childId;
    private String caseNumber;
    private DeterminationRecord record;
    private boolean awaitingUndertaking;
    private boolean refused;

    private String subject;
    private String proposal;
    private final List<MemberForm> members = new ArrayList<>();

    private String stance;
    private String reasons;
    private String decision;
    private String conditions;
    private LocalDate reviewOn;

    /** One panel member's inputs. */
    public static final class MemberForm implements Serializable {
        private static final long serialVersionUID = 1L;
        private String username;
        private String name;
        private String discipline;

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

    /** View action. */
    public void load() {
        Optional<Long> determinationId = FormMessages.id(id);
        Optional<Long> forChild = FormMessages.id(child);
        try {
            if (determinationId.isPresent()) {
                awaitingUndertaking = determinations.awaitsMyUndertaking(determinationId.get());
                if (!awaitingUndertaking) {
                    record = determinations.get(determinationId.get());
                }
            } else if (forChild.isPresent()) {
                caseNumber = children.visibleChild(forChild.get()).getCaseNumber();
                childId = forChild.get();
                for (int i = 0; i < 3; i++) {
                    members.add(new MemberForm());
                }
            } else {
                FormMessages.notFound();
            }
        } catch (NotFound notFound) {
            FormMessages.notFound();
        } catch (EJBAccessException denied) {
            refused = true;
        }
    }

    public String convene() {
        try {
            DeterminationRecord created = determinations.create(childId, new DeterminationInput(subject, proposal,
                    members.stream().filter(m -> !blank(m.username) || !blank(m.name))
                            .map(m -> new DeterminationInput.MemberInput(m.username, m.name, m.discipline)).toList()));
            FormMessages.addForNextPage("determination.created");
            return "/assessments/determination.xhtml?faces-redirect=true&id=" + created.id();
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, CONVENE_FORM, Map.of("subject", "subject", "proposal", "proposal"),
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

    public void sign() {
        record = determinations.signUndertaking(Long.parseLong(id));
        awaitingUndertaking = false;
        FormMessages.add(null, FacesMessage.SEVERITY_INFO, "determination.signed");
    }

    public void recordPosition() {
        run("determination.positionRecorded", Map.of("stance", "stance", "reasons", "reasons"),
                () -> determinations.recordPosition(record.id(), stance, reasons));
    }

    public void decide() {
        run("determination.decided", Map.of("decision", "decision", "conditions", "conditions", "reviewOn",
                "reviewOn"), () -> determinations.decide(record.id(), record.version(), decision, conditions,
                        reviewOn == null ? null : reviewOn.toString()));
    }

    public void download() {
        Reports.Pdf pdf = reports.determination(record.id(),
                FacesContext.getCurrentInstance().getViewRoot().getLocale());
        Faces.sendFile(pdf.bytes(), pdf.fileName(), true);
    }

    private void run(String doneKey, Map<String, String> inputs, Supplier<DeterminationRecord> step) {
        try {
            FormAction.of(PANEL_FORM, inputs, PANEL_LABELS).run(() -> {
                record = step.get();
                FormMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
            });
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    public boolean isConvening() {
        return childId != null;
    }

    public boolean isAwaitingUndertaking() {
        return awaitingUndertaking;
    }

    public boolean isRefused() {
        return refused;
    }

    public DeterminationRecord getRecord() {
        return record;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public Long getChildId() {
        return childId;
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

    public List<String> getStances() {
        return Arrays.stream(Stance.values()).map(Enum::name).toList();
    }

    public List<MemberForm> getMembers() {
        return members;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getChild() {
        return child;
    }

    public void setChild(String child) {
        this.child = child;
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

    public String getStance() {
        return stance;
    }

    public void setStance(String stance) {
        this.stance = stance;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getDecision() {
        return decision;
    }

    public void setDecision(String decision) {
        this.decision = decision;
    }

    public String getConditions() {
        return conditions;
    }

    public void setConditions(String conditions) {
        this.conditions = conditions;
    }

    public LocalDate getReviewOn() {
        return reviewOn;
    }

    public void setReviewOn(LocalDate reviewOn) {
        this.reviewOn = reviewOn;
    }

    /** An instant as the pages show it ("2026-11-28 14:05 UTC"), empty when absent. */
    public String when(java.time.Instant instant) {
        return instant == null ? "" : Reports.when(instant);
    }
}
