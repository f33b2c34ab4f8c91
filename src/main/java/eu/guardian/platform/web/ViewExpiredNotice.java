package eu.guardian.platform.web;

import eu.guardian.platform.i18n.Messages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.util.List;
import org.omnifaces.exceptionhandler.ViewExpiredExceptionHandler;

/**
 * A page whose form had expired is opened again (OmniFaces' ViewExpiredExceptionHandler redirects to it, faces-config)
 * and says why the last action did not happen, instead of an error page.
 */
public class ViewExpiredNotice implements PhaseListener {

    private static final long serialVersionUID = 1L;

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        if (!faces.getPartialViewContext().isAjaxRequest() && ViewExpiredExceptionHandler.wasViewExpired()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    Messages.text(faces.getViewRoot().getLocale(), "error.viewExpired", List.of()), null));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}
