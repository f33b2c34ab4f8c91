package eu.guardian.platform.web;

import eu.guardian.security.Role;
import java.util.EnumSet;
import java.util.Set;

/**
 * Every place the main menu can lead to, and which roles may go there. The menu only mirrors the server's rules
 * (security constraints in web.xml, {@code @RolesAllowed} on services): hiding an entry protects nothing by itself.
 */
public enum MenuEntry {
    // In menu order: grouped by section, the landing pages first.
    RECEPTION_HOME(MenuSection.START, "menu.home.reception", "pi pi-home", "/reception/index.xhtml",
            EnumSet.of(Role.RECEPTION)),
    CASEWORKER_HOME(MenuSection.START, "menu.home.caseworker", "pi pi-home", "/caseworker/index.xhtml",
            EnumSet.of(Role.CASEWORKER)),
    GUARDIAN_HOME(MenuSection.START, "menu.home.guardian", "pi pi-home", "/guardian/index.xhtml",
            EnumSet.of(Role.GUARDIAN)),
    AUTHORITY_HOME(MenuSection.START, "menu.home.authority", "pi pi-home", "/authority/index.xhtml",
            EnumSet.of(Role.AUTHORITY)),
    AUDITOR_HOME(MenuSection.START, "menu.home.auditor", "pi pi-home", "/auditor/index.xhtml",
            EnumSet.of(Role.AUDITOR)),
    ADMIN_HOME(MenuSection.START, "menu.home.admin", "pi pi-home", "/admin/index.xhtml",
            EnumSet.of(Role.ADMIN)),

    AUDIT_TRAIL(MenuSection.OVERSIGHT, "menu.auditTrail", "pi pi-history", "/auditor/trail.xhtml",
            EnumSet.of(Role.AUDITOR)),
    FILE_READERS(MenuSection.OVERSIGHT, "ux.menu.fileReaders", "pi pi-eye", "/auditor/readers.xhtml",
            EnumSet.of(Role.AUDITOR)),
    OVERSIGHT(MenuSection.OVERSIGHT, "menu.oversight", "pi pi-chart-bar", "/oversight/dashboard.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR)),
    DATA_BREACHES(MenuSection.OVERSIGHT, "clocks.menu.dataBreaches", "pi pi-shield", "/oversight/data-breaches.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR)),

    MY_CHILDREN(MenuSection.CHILDREN, "menu.myChildren", "pi pi-heart", "/guardian/my-children.xhtml",
            EnumSet.of(Role.GUARDIAN)),
    MY_CASES(MenuSection.CHILDREN, "clocks.menu.myCases", "pi pi-briefcase", "/caseworker/my-cases.xhtml",
            EnumSet.of(Role.CASEWORKER)),
    CHILDREN(MenuSection.CHILDREN, "menu.children", "pi pi-users", "/children/index.xhtml",
            EnumSet.of(Role.RECEPTION, Role.CASEWORKER, Role.GUARDIAN, Role.AUTHORITY, Role.AUDITOR)),
    REGISTER_CHILD(MenuSection.CHILDREN, "menu.registerChild", "pi pi-user-plus", "/children/register.xhtml",
            EnumSet.of(Role.RECEPTION, Role.CASEWORKER)),
    LODGE_COMPLAINT(MenuSection.CHILDREN, "menu.lodgeComplaint", "pi pi-send", "/complaints/lodge.xhtml",
            EnumSet.of(Role.RECEPTION, Role.CASEWORKER, Role.GUARDIAN, Role.AUTHORITY)),

    QUEUE(MenuSection.GUARDIANSHIP, "menu.queue", "pi pi-clock", "/guardianship/queue.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    TURNING_18(MenuSection.GUARDIANSHIP, "menu.turning18", "pi pi-calendar", "/guardianship/turning-18.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    CHILD_INFORMED(MenuSection.GUARDIANSHIP, "clocks.menu.childInformed", "pi pi-comment",
            "/guardianship/child-informed.xhtml", EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    ASSESSMENTS_DUE(MenuSection.GUARDIANSHIP, "menu.assessmentsDue", "pi pi-list", "/assessments/due.xhtml",
            EnumSet.of(Role.CASEWORKER, Role.AUTHORITY, Role.AUDITOR)),
    GUARDIANS(MenuSection.GUARDIANSHIP, "menu.guardians", "pi pi-id-card", "/guardians/index.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),

    OVERDUE_CONTACTS(MenuSection.FOLLOW_UP, "menu.overdueContacts", "pi pi-exclamation-triangle",
            "/visits/overdue.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    CONCERNS(MenuSection.FOLLOW_UP, "menu.concerns", "pi pi-flag", "/visits/concerns.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    CARE_PLAN_OVERDUE(MenuSection.FOLLOW_UP, "menu.carePlanOverdue", "pi pi-exclamation-triangle",
            "/care-plan/overdue.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR, Role.CASEWORKER)),
    COMPLAINTS(MenuSection.FOLLOW_UP, "menu.complaints", "pi pi-inbox", "/complaints/index.xhtml",
            EnumSet.of(Role.AUTHORITY, Role.AUDITOR)),

    NOT_SCREENED(MenuSection.PROTECTION, "menu.notScreened", "pi pi-flag", "/protection/not-screened.xhtml",
            EnumSet.of(Role.RECEPTION, Role.CASEWORKER, Role.GUARDIAN, Role.AUTHORITY, Role.AUDITOR)),
    MISSING_CHILDREN(MenuSection.PROTECTION, "menu.missingChildren", "pi pi-exclamation-triangle",
            "/protection/missing.xhtml",
            EnumSet.of(Role.CASEWORKER, Role.GUARDIAN, Role.AUTHORITY, Role.AUDITOR)),
    OVERDUE_REFERRALS(MenuSection.PROTECTION, "menu.overdueReferrals", "pi pi-send",
            "/protection/overdue-referrals.xhtml",
            EnumSet.of(Role.CASEWORKER, Role.AUTHORITY, Role.AUDITOR)),
    TRACING_DUE(MenuSection.PROTECTION, "clocks.menu.tracingDue", "pi pi-search", "/protection/tracing-due.xhtml",
            EnumSet.of(Role.CASEWORKER, Role.AUTHORITY, Role.AUDITOR)),
    HANDOVER_IMPORT(MenuSection.PROTECTION, "menu.handoverImport", "pi pi-upload", "/protection/import.xhtml",
            EnumSet.of(Role.CASEWORKER)),
    DISCLOSURE_APPROVALS(MenuSection.PROTECTION, "menu.disclosureApprovals", "pi pi-check-square",
            "/authority/disclosure-approvals.xhtml", EnumSet.of(Role.AUTHORITY)),
    COUNTERPARTS(MenuSection.PROTECTION, "menu.counterparts", "pi pi-building", "/authority/counterparts.xhtml",
            EnumSet.of(Role.AUTHORITY)),

    ACCOUNTS(MenuSection.ADMINISTRATION, "menu.accounts", "pi pi-id-card", "/admin/accounts.xhtml",
            EnumSet.of(Role.ADMIN)),
    SETTINGS(MenuSection.ADMINISTRATION, "menu.settings", "pi pi-cog", "/admin/settings.xhtml",
            EnumSet.of(Role.ADMIN)),
    SYSTEM_STATUS(MenuSection.ADMINISTRATION, "menu.systemStatus", "pi pi-server", "/admin/system-status.xhtml",
            EnumSet.of(Role.ADMIN)),
    REFERENCE_DATA(MenuSection.ADMINISTRATION, "menu.referenceData", "pi pi-globe", "/admin/reference-data.xhtml",
            EnumSet.of(Role.ADMIN)),
    SCREENING_RULES(MenuSection.ADMINISTRATION, "menu.screeningRules", "pi pi-list", "/admin/screening-rules.xhtml",
            EnumSet.of(Role.ADMIN));

    private final MenuSection section;
    private final String labelKey;
    private final String icon;
    private final String page;
    private final Set<Role> allowedRoles;

    MenuEntry(MenuSection section, String labelKey, String icon, String page, Set<Role> allowedRoles) {
        this.section = section;
        this.labelKey = labelKey;
        this.icon = icon;
        this.page = page;
        this.allowedRoles = allowedRoles;
    }

    public MenuSection getSection() {
        return section;
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
