package eu.guardian.guardianship;

import eu.guardian.child.ChildFileView;
import eu.guardian.platform.validation.NotFound;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;

/** The transition to adulthood on the child's file (docs/domain-rules.md#transition-to-adulthood), read once a request. */
@Named
@RequestScoped
public class TransitionView {

    @Inject
    ChildFileView fileView;

    @Inject
    Transitions transitions;

    private Optional<TransitionRecord> transition;

    /** Empty when the file is not loaded or the child's age is not known. */
    public TransitionRecord getTransition() {
        if (transition == null) {
            transition = Optional.empty();
            if (fileView.isLoaded()) {
                try {
                    transition = Optional.of(transitions.transitionOnFile(fileView.getFile().id()))
                            .filter(t -> t.adultOn() != null);
                } catch (NotFound notFound) {
                    transition = Optional.empty();
                }
            }
        }
        return transition.orElse(null);
    }
}
