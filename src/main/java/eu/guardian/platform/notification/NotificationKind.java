package eu.guardian.platform.notification;

/** What a notification is about; the bell and the digest group by it. */
public enum NotificationKind {
    APPOINTMENT, CONCERN, CONCERN_ESCALATED, OVERDUE_CONTACT, DUE_SOON, MISSING, DEADLINE_BREACH, OTHER
}
