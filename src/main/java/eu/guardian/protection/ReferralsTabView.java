package eu.guardian.protection;

import eu.guardian.child.CaseStatus;
import eu.guardian.child.ChildFileView;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.protection.ProtectionRecords.ReferralRecord;
import eu.guardian.security.CurrentUser;
import eu.guardian.security.Role;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The "referrals" sub-tab of a child's protection tab: referrals to agencies chosen from the counterpart registry (or
 * an "other" agency, which waits for the authority), consent-gated; the agency's answer and the outcome.
 */
@Named
@ViewScoped
public class ReferralsTabView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "tabs:protectionTabs:referralForm";

    private static final Map<String, String> INPUTS = Map.of("agencyKind", "agencyKind", "agencyName",
            "agencyName", "counterpartId", "agency", "purpose", "referralPurpose", "legalBasis", "referralLegalBasis",
            "outcome", "referralOutcome");
    private static final Map<String, String> LABELS = Map.of("agencyKind", "protection.referral.agencyKind",
            "agencyName", "protection.recipient.other", "counterpartId", "protection.referral.agencyName", "purpose",
            "protection.referral.purpose", "legalBasis", "protection.consent.legalBasis", "consent",
            "protection.consent.title", "outcome", "protection.referral.outcome");

    @Inject
    ChildFileView fileView;

    @Inject
    CurrentUser currentUser;

    @Inject
    Referrals referrals;

    private List<ReferralRecord> referralList = List.of();
    private final RecipientChoice agency = new RecipientChoice();
    private final ConsentFields consent = new ConsentFields();
    private String agencyKind;
    private String purpose;
    private Long completeReferralId;
    private String outcome;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        if (fileView.isLoaded() && isMaySeeReferrals()) {
            referralList = referrals.referrals(ProtectionForm.childId(fileView));
        }
    }

    public List<ReferralRecord> getReferrals() {
        return referralList;
    }

    public List<ReferralRecord> getAcceptedReferrals() {
        return referralList.stream().filter(r -> r.status() == ReferralStatus.ACCEPTED).toList();
    }

    public List<String> getAgencyKinds() {
        return Arrays.stream(AgencyKind.values()).map(Enum::name).toList();
    }

    public boolean isMaySeeReferrals() {
        return currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN) || currentUser.has(Role.AUTHORITY)
                || currentUser.has(Role.AUDITOR);
    }

    public boolean isMayRefer() {
        return fileView.isLoaded() && fileView.getFile().status() == CaseStatus.OPEN
                && (currentUser.has(Role.CASEWORKER) || currentUser.has(Role.GUARDIAN));
    }

    public void refer() {
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.referral.sent", () -> {
            ReferralRecord sent = referrals.refer(ProtectionForm.childId(fileView), new ProtectionInputs.ReferralInput(
                    agencyKind, agency.getOtherName(), purpose, consent.isChild(), consent.isGuardian(),
                    consent.getLegalBasis(), null, agency.counterpartId()));
            if (sent.status() == ReferralStatus.AWAITING_APPROVAL) {
                FormMessages.add(null, FacesMessage.SEVERITY_WARN, "protection.approval.awaiting");
            }
            agencyKind = null;
            purpose = null;
            agency.reset();
            consent.reset();
        }, this::load);
    }

    public void answerReferral(long referralId, boolean accepted) {
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.referral.answered", () -> referrals.answer(
                ProtectionForm.childId(fileView), referralId, new ProtectionInputs.ReferralAnswer(accepted, null, null)),
                this::load);
    }

    public void completeReferral() {
        ProtectionForm.run(FORM, INPUTS, LABELS, "protection.referral.completed", () -> {
            if (completeReferralId == null) {
                throw new InvalidInput("outcome", "validation.required");
            }
            referrals.complete(ProtectionForm.childId(fileView), completeReferralId,
                    new ProtectionInputs.ReferralCompletion(null, outcome));
            outcome = null;
        }, this::load);
    }

    public RecipientChoice getAgency() { return agency; }
    public ConsentFields getConsent() { return consent; }
    public String getAgencyKind() { return agencyKind; }
    public void setAgencyKind(String v) { agencyKind = v; }
    public String getPurpose() { return purpose; }
    public void setPurpose(String v) { purpose = v; }
    public Long getCompleteReferralId() { return completeReferralId; }
    public void setCompleteReferralId(Long v) { completeReferralId = v; }
    public String getOutcome() { return outcome; }
    public void setOutcome(String v) { outcome = v; }
}
