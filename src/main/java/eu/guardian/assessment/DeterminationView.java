package eu.guardian.assessment;

import eu.guardian.platform.validation.Conflict;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.omnifaces.util.Faces;

/**
 * The determination panel's page: a determination ({@code ?id=}): a member first signs the confidentiality
 * undertaking, then sees the file and records a position; the convener records the decision once quorum and majority
 * are there. With {@code ?child=} instead, the page convenes a panel ({@link DeterminationConveneView}).
 */
@Named
@ViewScoped
public class DeterminationView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PANEL_FORM = "panel";
    private static final Map<String, String> PANEL_LABELS = Map.of("reviewOn", "determination.reviewOn", "decision",
            "determination.decision");

    @Inject
    Determinations determinations;

    @Inject
    DeterminationConveneView convening;

    @Inject
    Reports reports;

    private String id;
    private String child;
    private DeterminationRecord record;
    private boolean awaitingUndertaking;
    private boolean refused;

    private String stance;
    private String reasons;
    private String decision;
    private String conditions;
    private LocalDate reviewOn;

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
                convening.open(forChild.get());
            } else {
                FormMessages.notFound();
            }
        } catch (NotFound notFound) {
            FormMessages.notFound();
        } catch (EJBAccessException denied) {
            refused = true;
        }
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

    public boolean isAwaitingUndertaking() {
        return awaitingUndertaking;
    }

    public boolean isRefused() {
        return refused;
    }

    public DeterminationRecord getRecord() {
        return record;
    }

    public List<String> getStances() {
        return Arrays.stream(Stance.values()).map(Enum::name).toList();
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
}
