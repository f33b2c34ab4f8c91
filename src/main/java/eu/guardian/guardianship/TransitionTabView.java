package eu.guardian.guardianship;

import eu.guardian.child.ChildFileView;
import eu.guardian.platform.validation.AccessRefused;
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
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The adulthood tab of a child's file (docs/domain-rules.md#transition-to-adulthood): when the plan is due, the plan,
 * and the handover to after-care (who, what, the young person's consent). The service decides who may record.
 */
@Named
@ViewScoped
public class TransitionTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String PLAN_FORM = "tabs:transitionPlan";
    static final String HANDOVER_FORM = "tabs:afterCareHandover";
    private static final Map<String, String> PLAN_INPUTS = Map.of("summary", "planSummary", "recordedOn", "planOn");
    private static final Map<String, String> PLAN_LABELS = Map.of("summary", "transition.planSummary", "recordedOn",
            "transition.recordedOn");
    private static final Map<String, String> HANDOVER_INPUTS = Map.of("service", "handoverService", "contact",
            "handoverContact", "handedOver", "handedOver", "consent", "handoverConsent", "consentNote",
            "handoverConsentNote", "recordedOn", "handoverOn");
    private static final Map<String, String> HANDOVER_LABELS = Map.of("service", "transition.service", "contact",
            "transition.contact", "handedOver", "transition.handedOver", "consent", "transition.consent",
            "consentNote", "transition.consentNote", "recordedOn", "transition.recordedOn");

    @Inject
    Transitions transitions;

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    private TransitionRecord transition;
    private String planSummary;
    private LocalDate planOn;
    private String service;
    private String contact;
    private String handedOver;
    private String consent;
    private String consentNote;
    private LocalDate handoverOn;

    @PostConstruct
    void reload() {
        transition = fileView.isLoaded() ? transitions.transitionOnFile(fileView.getFile().id()) : null;
        if (transition != null && planSummary == null) {
            planSummary = transition.planSummary();
        }
    }

    public TransitionRecord getTransition() {
        return transition;
    }

    /** Caseworkers, the authority and the current guardian record (the server checks which child and guardian). */
    public boolean isMayRecord() {
        return fileView.isLoaded() && fileView.getFile().status() == eu.guardian.child.CaseStatus.OPEN
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.AUTHORITY)
                        || currentUser.has(Role.GUARDIAN));
    }

    public List<String> getConsents() {
        return Arrays.stream(AfterCareConsent.values()).map(Enum::name).toList();
    }

    public void recordPlan() {
        long childId = fileView.getFile().id();
        run(PLAN_FORM, PLAN_INPUTS, PLAN_LABELS, () -> {
            transition = transitions.recordPlan(childId, new TransitionInput.Plan(planSummary, iso(planOn)));
            FormMessages.add(PLAN_FORM, FacesMessage.SEVERITY_INFO, "transition.planSaved");
        });
    }

    public void recordHandover() {
        long childId = fileView.getFile().id();
        run(HANDOVER_FORM, HANDOVER_INPUTS, HANDOVER_LABELS, () -> {
            transition = transitions.recordHandover(childId, new TransitionInput.Handover(service, contact,
                    handedOver, consent, consentNote, iso(handoverOn)));
            FormMessages.add(HANDOVER_FORM, FacesMessage.SEVERITY_INFO, "transition.handoverSaved");
        });
    }

    private static void run(String form, Map<String, String> inputs, Map<String, String> labels, Runnable change) {
        try {
            FormAction.of(form, inputs, labels).messagesInForm().notFoundAsErrorPage().run(change);
        } catch (AccessRefused refused) {
            FormMessages.add(form, FacesMessage.SEVERITY_ERROR, "transition.refused");
        }
    }

    private static String iso(LocalDate day) {
        return Optional.ofNullable(day).map(LocalDate::toString).orElse(null);
    }

    public String getPlanSummary() {
        return planSummary;
    }

    public void setPlanSummary(String planSummary) {
        this.planSummary = planSummary;
    }

    public LocalDate getPlanOn() {
        return planOn;
    }

    public void setPlanOn(LocalDate planOn) {
        this.planOn = planOn;
    }

    public String getService() {
        return service;
    }

    public void setService(String service) {
        this.service = service;
    }

    public String getContact() {
        return contact;
    }

    public void setContact(String contact) {
        this.contact = contact;
    }

    public String getHandedOver() {
        return handedOver;
    }

    public void setHandedOver(String handedOver) {
        this.handedOver = handedOver;
    }

    public String getConsent() {
        return consent;
    }

    public void setConsent(String consent) {
        this.consent = consent;
    }

    public String getConsentNote() {
        return consentNote;
    }

    public void setConsentNote(String consentNote) {
        this.consentNote = consentNote;
    }

    public LocalDate getHandoverOn() {
        return handoverOn;
    }

    public void setHandoverOn(LocalDate handoverOn) {
        this.handoverOn = handoverOn;
    }
}
