package eu.guardian.platform.web;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.validation.InvalidInput;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Turns a service's broken rules into messages on a page: each one at the input it is about (the service names fields
 * as the input records do, e.g. "givenNames"), the others and a summary at the top. Nothing the user typed is lost,
 * since the form's values stay in the view.
 */
public final class FormMessages {

    private FormMessages() {
    }

    /**
     * @param form      the form's id, e.g. {@code registration}
     * @param inputs    field name of the service → id of the input component in the form
     * @param labels    field name → bundle key of its label, to name fields in messages such as "cannot be before …"
     * @param summaryFor client id for the summary and for errors without an input; {@code null} for the page's messages
     */
    public static void show(InvalidInput invalid, String form, Map<String, String> inputs, Map<String, String> labels,
            String summaryFor) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        faces.addMessage(summaryFor, message(FacesMessage.SEVERITY_ERROR,
                Messages.text(locale, "validation.summary", List.of())));
        for (InvalidInput.FieldError error : invalid.errors()) {
            List<Object> arguments = error.arguments().stream()
                    .map(argument -> argument instanceof String field && labels.containsKey(field)
                            ? (Object) Messages.text(locale, labels.get(field), List.of()) : argument)
                    .toList();
            String text = Messages.text(locale, error.messageKey(), arguments);
            UIComponent input = inputs.containsKey(error.field())
                    ? faces.getViewRoot().findComponent(":" + form + ":" + inputs.get(error.field())) : null;
            if (input != null) {
                if (input instanceof UIInput field) {
                    field.setValid(false);
                }
                faces.addMessage(input.getClientId(faces), message(FacesMessage.SEVERITY_ERROR, text));
            } else {
                String label = labels.containsKey(error.field())
                        ? Messages.text(locale, labels.get(error.field()), List.of()) : error.field();
                faces.addMessage(summaryFor, message(FacesMessage.SEVERITY_ERROR, label + ": " + text));
            }
        }
        faces.validationFailed();
    }

    public static void add(String clientId, FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(clientId, message(severity,
                Messages.text(faces.getViewRoot().getLocale(), key, List.of(arguments))));
    }

    /** A message that survives the redirect after a successful form (post-redirect-get). */
    public static void addForNextPage(String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getExternalContext().getFlash().setKeepMessages(true);
        add(null, FacesMessage.SEVERITY_INFO, key, arguments);
    }

    /** Ends the request with 404 and the error page: for things that do not exist or the user may not know of. */
    public static void notFound() {
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            faces.getExternalContext().responseSendError(404, null);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        faces.responseComplete();
    }

    /** A page parameter as a positive id, or empty when missing or not a number. */
    public static java.util.Optional<Long> id(String parameter) {
        if (parameter == null || !parameter.strip().matches("\\d{1,18}")) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Long.parseLong(parameter.strip()));
    }

    private static FacesMessage message(FacesMessage.Severity severity, String text) {
        return new FacesMessage(severity, text, text);
    }
}
