package eu.guardian.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;

/**
 * The page view of a child's file that the current request draws, if any: its reads of that child are one READ entry
 * naming what was shown, not one per object the page's parts read (docs/audit-integrity.md, "Page views"). Requests
 * that open no page view (the API, lists, a dialog's save) are audited per resource as before.
 */
@RequestScoped
public class PageView {

    private enum State { NONE, OPEN, RECORDED }

    private State state = State.NONE;
    private long childId;
    private String view;
    private String shown;

    /**
     * This request shows {@code shown} (e.g. the tab "visits") of {@code view} (e.g. "file") for the child; called
     * before the page's first read of the child, which then writes the page view's entry.
     */
    public void open(long childId, String view, String shown) {
        this.state = State.OPEN;
        this.childId = childId;
        this.view = view;
        this.shown = shown;
    }

    /** The page view that a READ of this child belongs to, if this request draws one for it. */
    Optional<PageView> covering(Optional<Long> readChildId) {
        return state != State.NONE && readChildId.isPresent() && readChildId.get() == childId
                ? Optional.of(this) : Optional.empty();
    }

    boolean isRecorded() {
        return state == State.RECORDED;
    }

    /** The entry is written (in the reading transaction); undone by {@link #notRecorded()} if that rolls back. */
    void recorded() {
        state = State.RECORDED;
    }

    /** The transaction that wrote the entry rolled back: the next read of the child writes it again. */
    void notRecorded() {
        if (state == State.RECORDED) {
            state = State.OPEN;
        }
    }

    long childId() {
        return childId;
    }

    String view() {
        return view;
    }

    String shown() {
        return shown;
    }
}
