package eu.guardian.platform.web;

import eu.guardian.security.Role;

/**
 * One count of work waiting on a role's landing page, linking to the list behind it (e.g. urgent concerns to
 * acknowledge, for the caseworker). {@code attention}: when not zero, it is shown as needing action.
 */
public record WorkCount(Role role, String labelKey, long count, String listPage, boolean attention, int order) {

    public static WorkCount urgent(Role role, String labelKey, long count, String listPage, int order) {
        return new WorkCount(role, labelKey, count, listPage, true, order);
    }

    public static WorkCount info(Role role, String labelKey, long count, String listPage, int order) {
        return new WorkCount(role, labelKey, count, listPage, false, order);
    }

    /** Whether to show it as needing action now. */
    public boolean needsAction() {
        return attention && count > 0;
    }

    /** A stable id for the count's link, e.g. {@code work-ux-work-concernsToAcknowledge}. */
    public String id() {
        return "work-" + labelKey.replace('.', '-');
    }
}
