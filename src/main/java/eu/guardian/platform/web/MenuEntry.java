package eu.guardian.platform.web;

import eu.guardian.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every place the main menu can lead to, and which roles may go there. The menu only mirrors the server's rules
 * (security constraints in web.xml, {@code @RolesAllowed} on services): hiding an entry protects nothing by itself.
 */
public enum MenuEntry {
    RECEPTION_HOME("menu.home.reception", "pi pi-home", "/reception/index.xhtml", EnumSet.of(Role.RECEPTION)),
    CASEWORKER_HOME("menu.home.caseworker", "pi pi-home", "/caseworker/index.xhtml", EnumSet.of(Role.CASEWORKER)),
    GUARDIAN_HOME("menu.home.guardian", "pi pi-home", "/guardian/index.xhtml", EnumSet.of(Role.GUARDIAN)),
    AUTHORITY_HOME("menu.home.authority", "pi pi-home", "/authority/index.xhtml", EnumSet.of(Role.AUTHORITY)),
    AUDITOR_HOME("menu.home.auditor", "pi pi-home", "/auditor/index.xhtml", EnumSet.of(Role.AUDITOR)),
    AUDIT_TRAIL("menu.auditTrail", "pi pi-history", "/auditor/trail.xhtml", EnumSet.of(Role.AUDITOR)),
    OVERSIGHT("menu.oversight", "pi pi-chart-bar", "/oversight/dashboard.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR)),
    ADMIN_HOME("menu.home.admin", "pi pi-home", "/admin/index.xhtml", EnumSet.of(Role.ADMIN)),
    MY_CHILDREN("menu.myChildren", "pi pi-heart", "/guardian/my-children.xhtml", EnumSet.of(Role.GUARDIAN)),
    CHILDREN("menu.children", "pi pi-users", "/children/index.xhtml",
            EnumSet.of(Role.RECEPTION, Role.CASEWORKER, Role.GUARDIAN, Role.AUTHORITY, Role.AUDITOR)),
    REGISTER_CHILD("menu.registerChild", "pi pi-user-plus", "/children/register.xhtml",
            EnumSet.of(Role.RECEPTION, Role.CASEWORKER)),
    QUEUE("menu.queue", "pi pi-clock", "/guardianship/queue.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    TURNING_18("menu.turning18", "pi pi-calendar", "/guardianship/turning-18.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    ASSESSMENTS_DUE("menu.assessmentsDue", "pi pi-list", "/assessments/due.xhtml",
            EnumSet.of(Role.CASEWORKER, Role.AUTHORITY, Role.AUDITOR)),
    GUARDIANS("menu.guardians", "pi pi-id-card", "/guardians/index.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    OVERDUE_CONTACTS("menu.overdueContacts", "pi pi-exclamation-triangle", "/visits/overdue.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    CONCERNS("menu.concerns", "pi pi-flag", "/visits/concerns.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    SETTINGS("menu.settings", "pi pi-cog", "/admin/settings.xhtml", EnumSet.of(Role.ADMIN)),
    SYSTEM_STATUS("menu.systemStatus", "pi pi-server", "/admin/system-status.xhtml", EnumSet.of(Role.ADMIN)),
    REFERENCE_DATA("menu.referenceData", "pi pi-globe", "/admin/reference-data.xhtml", EnumSet.of(Role.ADMIN)),
    CARE_PLAN_OVERDUE("menu.carePlanOverdue", "pi pi-exclamation-triangle", "/care-plan/overdue.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    COMPLAINTS("menu.complaints", "pi pi-inbox", "/complaints/index.xhtml", EnumSet.of(Role.AUTHORITY, Role.AUDITOR)),
    LODGE_COMPLAINT("menu.lodgeComplaint", "pi pi-send", "/complaints/lodge.xhtml",
            EnumSet.of(Role.RECEPTION, Role.CASEWORKER, Role.GUARDIAN, Role.AUTHORITY)),
    NOT_SCREENED("menu.notScreened", "pi pi-flag", "/protection/not-screened.xhtml",
            EnumSet.of(Role.RECEPTION, Role.CASEWORKER, Role.GUARDIAN, Role.AUTHORITY, Role.AUDITOR)),
    MISSING_CHILDREN("menu.missingChildren", "pi pi-exclamation-triangle", "/protection/missing.xhtml",
            EnumSet.of(Role.CASEWORKER, Role.GUARDIAN, Role.AUTHORITY, Role.AUDITOR)),
    OVERDUE_REFERRALS("menu.overdueReferrals", "pi pi-send", "/protection/overdue-referrals.xhtml",
            EnumSet.of(Role.CASEWORKER, Role.AUTHORITY, Role.AUDITOR)),
    HANDOVER_IMPORT("menu.handoverImport", "pi pi-upload", "/protection/import.xhtml", EnumSet.of(Role.CASEWORKER)),
    SCREENING_RULES("menu.screeningRules", "pi pi-list", "/admin/screening-rules.xhtml", EnumSet.of(Role.ADMIN));

    private final String labelKey;
    private final String icon;
    private final String page;
    private final Set<Role> allowedRoles;

    MenuEntry(String labelKey, String icon, String page, Set<Role> allowedRoles) {
        this.labelKey = labelKey;
        this.icon = icon;
        this.page = page;
        this.allowedRoles = allowedRoles;
    }

    public String getLabelKey() {
        return labelKey;
    }

    public String getIcon() {
        return icon;
    }

    public String getPage() {
        return page;
    }

    /** A stable id for the entry's link, e.g. {@code menu-system-status}. */
    public String getId() {
        return "menu-" + name().toLowerCase().replace('_', '-');
    }

    public boolean isAllowedFor(Set<Role> roles) {
        return roles.stream().anyMatch(allowedRoles::contains);
    }
}
