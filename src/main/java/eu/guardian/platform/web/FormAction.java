package eu.guardian.platform.web;

import eu.guardian.platform.persistence.ConcurrentChange;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.platform.validation.Unavailable;
import jakarta.faces.application.FacesMessage;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs what a form asked for and shows the refusals every form treats alike: broken rules at their inputs (see
 * {@link FormMessages#show}), a concurrent change (someone saved the same record meanwhile) and a service out of reach
 * ({@link Unavailable}, e.g. Keycloak) as an error. Any other
 * refusal (a conflict, a closed case, a firewall refusal) passes through unchanged for the caller to catch, since only
 * the page knows what it means there; so does a {@link NotFound} unless {@link #notFoundAsErrorPage()} says otherwise.
 * The steps after a success (a message, a redirect, redrawing a table) belong in the change too, so that what they
 * throw is treated the same way.
 * <p>
 * Made anew for each action, {@code FormAction.of(FORM, INPUTS, LABELS).messagesInForm().run(() -> ...)}: its hooks
 * belong to the view of that request, so it is not kept in a view-scoped (serialised) bean.
 */
public final class FormAction {

    private final String form;
    private final Map<String, String> inputs;
    private final Map<String, String> labels;
    private Optional<String> messagesFor = Optional.empty();
    private boolean notFoundAsErrorPage;
    private Runnable afterInvalidInput = () -> {
    };
    private Runnable onConcurrentChange = () -> {
    };

    private FormAction(String form, Map<String, String> inputs, Map<String, String> labels) {
        this.form = form;
        this.inputs = inputs;
        this.labels = labels;
    }

    /**
     * @param form   the form's id, e.g. {@code tabs:carePlanForm}
     * @param inputs field name of the service → id of the input component in the form
     * @param labels field name → bundle key of its label
     * @see FormMessages#show
     */
    public static FormAction of(String form, Map<String, String> inputs, Map<String, String> labels) {
        return new FormAction(form, inputs, labels);
    }

    /** The summary and the concurrent-change error go to the form's own messages instead of the page's. */
    public FormAction messagesInForm() {
        messagesFor = Optional.of(form);
        return this;
    }

    /** A {@link NotFound} ends the request with the 404 page (the thing is gone, or the user may not know of it). */
    public FormAction notFoundAsErrorPage() {
        notFoundAsErrorPage = true;
        return this;
    }

    /** Runs after the broken rules are shown, e.g. to read again what a refused step saved before it was refused. */
    public FormAction afterInvalidInput(Runnable reaction) {
        afterInvalidInput = reaction;
        return this;
    }

    /** Runs before the concurrent-change error is shown, e.g. to reload a list so that it shows the other change. */
    public FormAction onConcurrentChange(Runnable reaction) {
        onConcurrentChange = reaction;
        return this;
    }

    /** @return whether the change went through; if not, the refusal is on the page already */
    public boolean run(Runnable change) {
        return call(() -> {
            change.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /**
     * @return what the change answered (e.g. the outcome to navigate to), or empty when it was refused and the
     *         refusal is on the page
     */
    public <T> Optional<T> call(Supplier<T> change) {
        try {
            return Optional.of(change.get());
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, form, inputs, labels, messagesFor.orElse(null));
            afterInvalidInput.run();
        } catch (Unavailable unavailable) {
            FormMessages.add(messagesFor.orElse(null), FacesMessage.SEVERITY_ERROR, unavailable.messageKey());
        } catch (NotFound notFound) {
            if (!notFoundAsErrorPage) {
                throw notFound;
            }
            FormMessages.notFound();
        } catch (RuntimeException failure) {
            if (!ConcurrentChange.isCause(failure)) {
                throw failure;
            }
            onConcurrentChange.run();
            FormMessages.add(messagesFor.orElse(null), FacesMessage.SEVERITY_ERROR, "error.concurrentChange");
        }
        return Optional.empty();
    }
}
