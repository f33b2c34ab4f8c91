package eu.guardian.visit;

import eu.guardian.platform.web.FormMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The preferences page's calendar link for guardians: a new link is shown once (only its hash is kept), the link
 * can be revoked (docs/notifications.md#calendar-feed).
 */
@Named
@ViewScoped
public class CalendarLinkView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CalendarFeeds feeds;

    private boolean linked;
    private String shownOnce;

    @PostConstruct
    void load() {
        linked = feeds.hasLink();
    }

    public void newLink() {
        shownOnce = feeds.newLink();
        linked = true;
    }

    public void revoke() {
        feeds.revoke();
        linked = false;
        shownOnce = null;
        FormMessages.add(null, FacesMessage.SEVERITY_INFO, "preferences.calendarRevoked");
    }

    public boolean isLinked() {
        return linked;
    }

    /** The new link, on the page that made it only; empty otherwise. */
    public String getShownOnce() {
        return shownOnce == null ? "" : shownOnce;
    }
}
