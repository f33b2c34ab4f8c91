package eu.guardian.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.validation.NotFound;
import jakarta.ejb.EJBException;
import jakarta.faces.application.Application;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseStream;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.render.RenderKit;
import jakarta.persistence.OptimisticLockException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The refusals every form treats alike land on the page where the views used to put them; every other refusal reaches
 * the caller unchanged, so that the views' own handling of it stays as it was.
 */
class FormActionTest {

    private static final String FORM = "tabs:carePlanForm";

    private RecordingFacesContext faces;
    private final List<String> steps = new ArrayList<>();

    @BeforeEach
    void installFacesContext() {
        faces = new RecordingFacesContext();
    }

    @AfterEach
    void removeFacesContext() {
        faces.release();
    }

    @Test
    void aChangeThatGoesThroughAnswersItsOutcomeAndShowsNothing() {
        assertEquals(Optional.of("/children/file.xhtml"), action().call(() -> "/children/file.xhtml"));
        assertTrue(action().run(() -> steps.add("changed")));
        assertEquals(List.of("changed"), steps);
        assertTrue(faces.messages.isEmpty());
    }

    @Test
    void brokenRulesAreShownAtTheFormAndThenTheHookRuns() {
        boolean done = action().messagesInForm().afterInvalidInput(() -> steps.add("reread " + faces.messages.size()))
                .run(() -> {
                    throw new InvalidInput("outcome", "validation.required");
                });
        assertFalse(done);
        assertEquals(List.of(FORM + ": Please correct the marked fields.", FORM + ": Outcome: Required."),
                faces.messages);
        assertEquals(List.of("reread 2"), steps, "the hook runs after the messages are shown");
        assertTrue(faces.validationFailed);
    }

    @Test
    void aConcurrentChangeWrappedByTheContainerRunsTheHookFirstThenShowsTheError() {
        Optional<String> outcome = action().onConcurrentChange(() -> steps.add("reload " + faces.messages.size()))
                .call(() -> {
                    throw new EJBException(new OptimisticLockException("version moved on"));
                });
        assertEquals(Optional.empty(), outcome);
        assertEquals(List.of("reload 0"), steps, "the hook runs before the message");
        assertEquals(List.of("page: Someone else changed this in the meantime. Reload it to see their change, "
                + "then make yours again."), faces.messages);
    }

    @Test
    void theConcurrentChangeErrorGoesToTheFormWhenAsked() {
        action().messagesInForm().run(() -> {
            throw new OptimisticLockException();
        });
        assertEquals(1, faces.messages.size());
        assertTrue(faces.messages.get(0).startsWith(FORM + ": Someone else changed this"), faces.messages.get(0));
    }

    @Test
    void otherRefusalsAndFailuresReachTheCallerUnchanged() {
        Conflict conflict = new Conflict("guardianship.ineligible", List.of("CASELOAD_FULL"));
        assertSame(conflict, assertThrows(Conflict.class, () -> action().run(() -> {
            throw conflict;
        })));
        IllegalStateException failure = new IllegalStateException("not a concurrent change");
        assertSame(failure, assertThrows(IllegalStateException.class, () -> action().messagesInForm().run(() -> {
            throw failure;
        })));
        assertTrue(faces.messages.isEmpty());
    }

    @Test
    void notFoundReachesTheCallerUnlessItIsToEndWithTheErrorPage() {
        NotFound notFound = new NotFound("child");
        assertSame(notFound, assertThrows(NotFound.class, () -> action().run(() -> {
            throw notFound;
        })));
        assertEquals(Optional.empty(), faces.sentError);

        assertFalse(action().notFoundAsErrorPage().run(() -> {
            throw notFound;
        }));
        assertEquals(Optional.of(404), faces.sentError);
        assertTrue(faces.responseComplete);
        assertTrue(faces.messages.isEmpty());
    }

    private static FormAction action() {
        return FormAction.of(FORM, Map.of("outcome", "itemOutcome"), Map.of("outcome", "careplan.outcome"));
    }

    /** Just enough of a FacesContext for FormMessages: a view in English without components, messages as text. */
    private static final class RecordingFacesContext extends FacesContext {

        final List<String> messages = new ArrayList<>();
        boolean validationFailed;
        boolean responseComplete;
        Optional<Integer> sentError = Optional.empty();
        private final Map<String, Object> applicationScope = new HashMap<>();
        private final ExternalContext external = new ExternalContextWrapper(null) {
            @Override
            public Map<String, Object> getApplicationMap() {
                return applicationScope; // components keep their descriptors here
            }

            @Override
            public void responseSendError(int statusCode, String message) {
                sentError = Optional.of(statusCode);
            }
        };
        private final UIViewRoot viewRoot;

        RecordingFacesContext() {
            setCurrentInstance(this);
            viewRoot = new UIViewRoot() {
                @Override
                public Locale getLocale() {
                    return Locale.ENGLISH;
                }

                @Override
                public UIComponent findComponent(String expression) {
                    return null;
                }
            };
        }

        @Override
        public void addMessage(String clientId, FacesMessage message) {
            messages.add((clientId == null ? "page" : clientId) + ": " + message.getSummary());
        }

        @Override
        public void validationFailed() {
            validationFailed = true;
        }

        @Override
        public UIViewRoot getViewRoot() {
            return viewRoot;
        }

        @Override
        public ExternalContext getExternalContext() {
            return external;
        }

        @Override
        public void responseComplete() {
            responseComplete = true;
        }

        @Override
        public void release() {
            setCurrentInstance(null);
        }

        @Override
        public Application getApplication() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<String> getClientIdsWithMessages() {
            throw new UnsupportedOperationException();
        }

        @Override
        public FacesMessage.Severity getMaximumSeverity() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<FacesMessage> getMessages() {
            throw new UnsupportedOperationException();
        }

        @Override
        public Iterator<FacesMessage> getMessages(String clientId) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RenderKit getRenderKit() {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean getRenderResponse() {
            return false;
        }

        @Override
        public boolean getResponseComplete() {
            return responseComplete;
        }

        @Override
        public ResponseStream getResponseStream() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseStream(ResponseStream responseStream) {
            throw new UnsupportedOperationException();
        }

        @Override
        public ResponseWriter getResponseWriter() {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setResponseWriter(ResponseWriter responseWriter) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void setViewRoot(UIViewRoot root) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void renderResponse() {
            throw new UnsupportedOperationException();
        }

        @Override
        public jakarta.faces.lifecycle.Lifecycle getLifecycle() {
            throw new UnsupportedOperationException();
        }
    }
}
