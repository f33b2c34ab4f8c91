package eu.guardian.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.security.Role;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The menu mirrors the server's rules: an entry is offered exactly to the roles web.xml lets through. */
class MenuEntryTest {

    @Test
    void eachEntryIsOfferedOnlyToTheRolesItsAreaAdmits() throws Exception {
        Map<String, Set<String>> areaRoles = securityConstraintsOfWebXml();
        for (MenuEntry entry : MenuEntry.values()) {
            // An exact pattern for the page wins over its folder's pattern, as in the servlet container.
            String area = areaRoles.containsKey(entry.getPage()) ? entry.getPage()
                    : entry.getPage().substring(0, entry.getPage().indexOf('/', 1)) + "/*";
            Set<String> admitted = areaRoles.get(area);
            assertTrue(admitted != null, entry + " lies in an area web.xml protects: " + area);
            Set<String> offered = EnumSet.allOf(Role.class).stream()
                    .filter(role -> entry.isAllowedFor(EnumSet.of(role))).map(Role::id).collect(Collectors.toSet());
            assertEquals(admitted, offered, entry.name());
        }
    }

    @Test
    void administratorsSeeNoEntryOfOtherRoles() {
        Set<MenuEntry> forAdmin = EnumSet.allOf(MenuEntry.class).stream()
                .filter(entry -> entry.isAllowedFor(EnumSet.of(Role.ADMIN))).collect(Collectors.toSet());
        assertEquals(EnumSet.of(MenuEntry.ADMIN_HOME, MenuEntry.ACCOUNTS, MenuEntry.SETTINGS, MenuEntry.SYSTEM_STATUS,
                MenuEntry.REFERENCE_DATA, MenuEntry.SCREENING_RULES), forAdmin);
    }

    @Test
    void entriesOfChildrenAndGuardianshipGoToTheRolesThatWorkThere() {
        assertEquals(Set.of(MenuEntry.RECEPTION_HOME, MenuEntry.CHILDREN, MenuEntry.REGISTER_CHILD,
                MenuEntry.LODGE_COMPLAINT, MenuEntry.NOT_SCREENED), entriesOf(Role.RECEPTION));
        assertEquals(Set.of(MenuEntry.CASEWORKER_HOME, MenuEntry.CHILDREN, MenuEntry.REGISTER_CHILD, MenuEntry.QUEUE,
                MenuEntry.TURNING_18, MenuEntry.ASSESSMENTS_DUE, MenuEntry.GUARDIANS, MenuEntry.OVERDUE_CONTACTS,
                MenuEntry.CONCERNS, MenuEntry.CARE_PLAN_OVERDUE, MenuEntry.LODGE_COMPLAINT, MenuEntry.NOT_SCREENED,
                MenuEntry.MISSING_CHILDREN, MenuEntry.OVERDUE_REFERRALS, MenuEntry.HANDOVER_IMPORT, MenuEntry.MY_CASES,
                MenuEntry.CHILD_INFORMED, MenuEntry.TRACING_DUE),
                entriesOf(Role.CASEWORKER));
        assertEquals(Set.of(MenuEntry.GUARDIAN_HOME, MenuEntry.MY_CHILDREN, MenuEntry.CHILDREN,
                MenuEntry.LODGE_COMPLAINT, MenuEntry.NOT_SCREENED, MenuEntry.MISSING_CHILDREN),
                entriesOf(Role.GUARDIAN));
        assertEquals(Set.of(MenuEntry.AUTHORITY_HOME, MenuEntry.OVERSIGHT, MenuEntry.CHILDREN, MenuEntry.QUEUE,
                MenuEntry.TURNING_18, MenuEntry.ASSESSMENTS_DUE, MenuEntry.GUARDIANS, MenuEntry.OVERDUE_CONTACTS,
                MenuEntry.CONCERNS, MenuEntry.CARE_PLAN_OVERDUE, MenuEntry.COMPLAINTS, MenuEntry.LODGE_COMPLAINT,
                MenuEntry.NOT_SCREENED, MenuEntry.MISSING_CHILDREN, MenuEntry.OVERDUE_REFERRALS,
                MenuEntry.DISCLOSURE_APPROVALS, MenuEntry.COUNTERPARTS, MenuEntry.DATA_BREACHES,
                MenuEntry.CHILD_INFORMED, MenuEntry.TRACING_DUE),
                entriesOf(Role.AUTHORITY));
        assertEquals(Set.of(MenuEntry.AUDITOR_HOME, MenuEntry.AUDIT_TRAIL, MenuEntry.FILE_READERS, MenuEntry.OVERSIGHT,
                MenuEntry.CHILDREN, MenuEntry.QUEUE, MenuEntry.TURNING_18, MenuEntry.ASSESSMENTS_DUE, MenuEntry.GUARDIANS,
                MenuEntry.OVERDUE_CONTACTS, MenuEntry.CONCERNS, MenuEntry.CARE_PLAN_OVERDUE, MenuEntry.COMPLAINTS,
                MenuEntry.NOT_SCREENED, MenuEntry.MISSING_CHILDREN, MenuEntry.OVERDUE_REFERRALS,
                MenuEntry.DATA_BREACHES, MenuEntry.CHILD_INFORMED, MenuEntry.TRACING_DUE),
                entriesOf(Role.AUDITOR));
    }

    @Test
    void newEntriesHaveStableIds() {
        assertEquals("menu-turning-18", MenuEntry.TURNING_18.getId());
        assertEquals("menu-settings", MenuEntry.SETTINGS.getId());
    }

    @Test
    void pagesThatOnlySomeRolesOfTheirFolderMayOpenHaveTheirOwnConstraint() throws Exception {
        Map<String, Set<String>> constraints = securityConstraintsOfWebXml();
        assertEquals(Set.of("reception", "caseworker"), constraints.get("/children/register.xhtml"));
        assertEquals(Set.of("authority"), constraints.get("/guardians/register.xhtml"));
        assertEquals(Set.of("reception", "caseworker", "authority"), constraints.get("/children/edit.xhtml"));
        assertEquals(Set.of("guardian", "caseworker"), constraints.get("/visits/log.xhtml"));
        assertEquals(Set.of("authority", "auditor"), constraints.get("/visits/interpreters.xhtml"));
    }

    private static Set<MenuEntry> entriesOf(Role role) {
        return EnumSet.allOf(MenuEntry.class).stream().filter(entry -> entry.isAllowedFor(EnumSet.of(role)))
                .collect(Collectors.toSet());
    }

    private static Map<String, Set<String>> securityConstraintsOfWebXml() throws Exception {
        String xml = Files.readString(Path.of("src/main/webapp/WEB-INF/web.xml"));
        Matcher constraint = Pattern.compile("<security-constraint>(.*?)</security-constraint>", Pattern.DOTALL)
                .matcher(xml);
        Map<String, Set<String>> result = new HashMap<>();
        while (constraint.find()) {
            String body = constraint.group(1);
            Set<String> roles = Pattern.compile("<role-name>(.*?)</role-name>").matcher(body).results()
                    .map(match -> match.group(1)).collect(Collectors.toSet());
            Pattern.compile("<url-pattern>(.*?)</url-pattern>").matcher(body).results()
                    .forEach(match -> result.put(match.group(1), roles));
        }
        return result;
    }

    @Test
    void aCaseworkersEighteenPlacesFallUnderFourHeadingsAfterTheLandingPage() {
        List<MenuGroup> menu = MenuGroup.of(EnumSet.of(Role.CASEWORKER));
        assertEquals(List.of(MenuSection.START, MenuSection.CHILDREN, MenuSection.GUARDIANSHIP, MenuSection.FOLLOW_UP,
                MenuSection.PROTECTION), menu.stream().map(MenuGroup::section).toList());
        assertEquals(List.of(MenuEntry.CASEWORKER_HOME), menu.get(0).entries());
        assertEquals(18, menu.stream().mapToInt(group -> group.entries().size()).sum());
        assertEquals(List.of(MenuEntry.OVERDUE_CONTACTS, MenuEntry.CONCERNS, MenuEntry.CARE_PLAN_OVERDUE),
                menu.get(3).entries(), "complaints are the authority's, not the caseworker's");
    }

    @Test
    void onlyLandingPagesStandWithoutAHeading() {
        for (MenuEntry entry : MenuEntry.values()) {
            assertEquals(entry.name().endsWith("_HOME"), !entry.getSection().isHeaded(), entry.name());
        }
    }
}
