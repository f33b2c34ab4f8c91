package eu.guardian.platform.notification;

import eu.guardian.security.CurrentUser;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/** The bell in the header: unread count and the newest notifications, read once per request. */
@Named
@RequestScoped
public class NotificationBell {

    private static final int SHOWN = 10;

    @Inject
    Notifications notifications;

    @Inject
    CurrentUser currentUser;

    private Long unread;
    private List<NotificationItem> latest;

    public long getUnreadCount() {
        if (unread == null) {
            if (!currentUser.isSignedIn()) {
                unread = 0L;
            } else {
                notifications.deliverRoleNotifications();
                unread = notifications.unreadCount();
            }
        }
        return unread;
    }

    public List<NotificationItem> getLatest() {
        if (latest == null) {
            latest = currentUser.isSignedIn() ? notifications.latest(SHOWN, locale()) : List.of();
        }
        return latest;
    }

    /** Opens a notification: marks it read and goes where it leads. */
    public void open(long id) {
        NotificationItem item = notifications.markRead(id, locale());
        redirect(item.link());
    }

    public void markAllRead() {
        notifications.markAllRead();
        unread = 0L;
        latest = null;
    }

    private static void redirect(String link) {
        ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
        try {
            context.redirect(context.getRequestContextPath() + link);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Locale locale() {
        return FacesContext.getCurrentInstance().getViewRoot().getLocale();
    }
}
