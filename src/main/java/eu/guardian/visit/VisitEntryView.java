package eu.guardian.visit;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * What happens to a logged visit entry after it was written (on the visit page below the entry): its author adds
 * addenda once the correction window has closed, and follow-ups are marked done.
 */
@Named
@ViewScoped
public class VisitEntryView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Visits visits;

    @Inject
    VisitFormView page;

    private String addendum;

    public void saveAddendum() {
        try {
            page.show(visits.addAddendum(page.getExisting().id(), addendum));
            addendum = null;
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "visit.addendumAdded");
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, VisitFormView.FORM, page.inputs(), VisitForm.LABELS, null);
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
    }

    public void completeFollowUp(long followUpId) {
        try {
            visits.completeFollowUp(followUpId);
            page.show(visits.visit(page.getExisting().id()));
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "visit.followUpDone");
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, VisitFormView.FORM, page.inputs(), VisitForm.LABELS, null);
        }
    }

    public String getAddendum() {
        return addendum;
    }

    public void setAddendum(String addendum) {
        this.addendum = addendum;
    }
}
