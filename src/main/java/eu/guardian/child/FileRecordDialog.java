package eu.guardian.child;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;

/**
 * How the small dialogs of a child's file (age assessment, legal status, placement) save: the change, then the file
 * read again and its tables redrawn in place, so that the user stays on the tab they were on; refusals in the dialog.
 */
final class FileRecordDialog {

    private final String form;
    private final String dialog;
    private final Map<String, String> inputs;
    private final Map<String, String> labels;

    /**
     * @param form   the dialog's form id
     * @param dialog the dialog's widget name, closed after a success
     * @param inputs service field name → input id in the form
     * @param labels service field name → bundle key of its label
     */
    FileRecordDialog(String form, String dialog, Map<String, String> inputs, Map<String, String> labels) {
        this.form = form;
        this.dialog = dialog;
        this.inputs = inputs;
        this.labels = labels;
    }

    /** Runs the change; after a success shows {@code doneKey} and redraws the given components of the file. */
    void save(ChildFileView fileView, String doneKey, List<String> redraw, Runnable change) {
        try {
            FormAction.of(form, inputs, labels).messagesInForm().notFoundAsErrorPage().run(() -> {
                change.run();
                fileView.load();
                FormMessages.add(null, FacesMessage.SEVERITY_INFO, doneKey);
                PrimeFaces.current().ajax().update(redraw);
                PrimeFaces.current().executeScript("PF('" + dialog + "').hide()");
            });
        } catch (Conflict conflict) {
            FormMessages.add(form, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        }
    }
}
