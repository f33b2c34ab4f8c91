package eu.guardian.platform.web;

import eu.guardian.platform.persistence.DatabaseUnavailable;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;

/**
 * OmniFaces' handler that shows the error page of an ajax request's failure, with one difference: when the database
 * could not be reached it shows the "try again in a few seconds" page (as {@link DatabaseOutagePage} does for full
 * requests), not "something went wrong".
 */
public class ErrorPageHandler extends FullAjaxExceptionHandler {

    public ErrorPageHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    protected String findErrorPageLocation(FacesContext context, Throwable exception) {
        if (!DatabaseUnavailable.isCause(exception)) {
            return super.findErrorPageLocation(context, exception);
        }
        context.getExternalContext().getRequestMap().put(DatabaseOutagePage.NOTICE,
                DatabaseUnavailable.noticeKey(exception));
        return DatabaseOutagePage.PAGE;
    }

    /** Declared in faces-config.xml in place of OmniFaces' own factory. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new ErrorPageHandler(getWrapped().getExceptionHandler());
        }
    }
}
