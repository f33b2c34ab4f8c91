package eu.guardian.platform.notification;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The daily digest: the last 24 hours' notifications of the user, grouped by kind. */
@Named
@ViewScoped
public class DigestView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Notifications notifications;

    private List<NotificationItem> items = List.of();

    @PostConstruct
    void init() {
        notifications.deliverRoleNotifications();
        items = notifications.digest(FacesContext.getCurrentInstance().getViewRoot().getLocale());
    }

    public List<NotificationItem> getItems() {
        return items;
    }

    /** One kind of notification with its items. */
    public record Group(NotificationKind kind, List<NotificationItem> items) {
    }

    /** The kinds present, in order, each with its notifications. */
    public List<Group> getGroups() {
        Map<NotificationKind, List<NotificationItem>> byKind = items.stream().collect(Collectors.groupingBy(
                NotificationItem::kind, LinkedHashMap::new, Collectors.toList()));
        return byKind.entrySet().stream().map(e -> new Group(e.getKey(), e.getValue())).toList();
    }

    public void markAllRead() {
        notifications.markAllRead();
        init();
    }
}
