package eu.guardian.platform.web;

/**
 * The headings the main menu groups its entries under, in menu order, so that a caseworker's fifteen places read as a
 * few kinds of work. The landing page comes first and has no heading.
 */
public enum MenuSection {
    START(""),
    OVERSIGHT("menu.section.oversight"),
    CHILDREN("menu.section.children"),
    GUARDIANSHIP("menu.section.guardianship"),
    FOLLOW_UP("menu.section.followUp"),
    PROTECTION("menu.section.protection"),
    ADMINISTRATION("menu.section.administration");

    private final String headingKey;

    MenuSection(String headingKey) {
        this.headingKey = headingKey;
    }

    public boolean isHeaded() {
        return !headingKey.isEmpty();
    }

    public String getHeadingKey() {
        return headingKey;
    }

    /** A stable id for the heading, e.g. {@code menu-section-follow-up}. */
    public String getId() {
        return "menu-section-" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
