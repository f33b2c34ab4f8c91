package eu.guardian.complaint;

import eu.guardian.complaint.ComplaintRecords.ComplaintDetail;
import eu.guardian.complaint.ComplaintRecords.ComplaintInput;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Lodging a complaint: the child by case number, who complains, about what, and whether it is confidential. */
@Named
@ViewScoped
public class ComplaintLodgeView implements Serializable {

    private static final long serialVersionUID = 1L;

    static final String FORM = "lodge";
    private static final Map<String, String> INPUTS = Map.of("caseNumber", "caseNumber", "complainant",
            "complainant", "subject", "subject", "description", "description", "aboutGuardianId", "subject");
    private static final Map<String, String> LABELS = Map.of("caseNumber", "child.caseNumber", "complainant",
            "complaint.complainant", "subject", "complaint.subject", "description", "complaint.description",
            "aboutGuardianId", "complaint.aboutGuardian");

    @Inject
    Complaints complaints;

    private String caseNumber;
    private String complainant;
    private String subject;
    private boolean confidential;
    private String description;

    /** Lodges the complaint and shows it with its reference; a child the user may not see is "not found". */
    public String lodge() {
        try {
            ComplaintDetail lodged = complaints.lodge(new ComplaintInput(null, caseNumber, complainant, subject, null,
                    confidential, description));
            FormMessages.addForNextPage("complaint.lodged", lodged.reference());
            return "/complaints/detail?faces-redirect=true&id=" + lodged.id();
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, FORM, INPUTS, LABELS, null);
        } catch (NotFound notFound) {
            FormMessages.add(FORM + ":caseNumber", FacesMessage.SEVERITY_ERROR, "complaint.unknownCase");
        } catch (eu.guardian.child.CaseClosedException closed) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "child.closed");
        }
        return null;
    }

    public List<String> getComplainants() {
        return Arrays.stream(Complainant.values()).map(Enum::name).toList();
    }

    public List<String> getSubjects() {
        return Arrays.stream(ComplaintSubject.values()).map(Enum::name).toList();
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public void setCaseNumber(String caseNumber) {
        this.caseNumber = caseNumber;
    }

    public String getComplainant() {
        return complainant;
    }

    public void setComplainant(String complainant) {
        this.complainant = complainant;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public boolean isConfidential() {
        return confidential;
    }

    public void setConfidential(boolean confidential) {
        this.confidential = confidential;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }
}
