package eu.guardian.child;

import static eu.guardian.child.CaseworkPagesSupport.choose;
import static eu.guardian.child.CaseworkPagesSupport.openTab;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Accessibility;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * In a real browser (docs/domain-rules.md#siblings-and-relatives): a caseworker links a sibling on the child's file by
 * case number, sees the suggestion to place them together, and records why they live apart; both files show it.
 */
class RelativesPageIT {

    private static long registered() {
        Api.Reply reply = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, reply.status(), reply.body());
        return reply.id();
    }

    @Test
    void aCaseworkerLinksASiblingAndRecordsTheirSeparation() {
        long childId = registered();
        long siblingId = registered();
        Api.Reply placed = Api.postAs("caseworker1", "/api/children/" + siblingId + "/placements", Map.of("kind",
                "FOSTER_FAMILY", "place", "Family Weber", "startedOn", java.time.LocalDate.now().toString()));
        assertEquals(200, placed.status(), placed.body());
        String siblingNumber = String.valueOf(Api.getAs("caseworker1", "/api/children/" + siblingId).json()
                .get("caseNumber"));
        String reason = "The sibling's foster family has no room; weekly contact agreed " + uniqueWord();

        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");
            openTab(browser, "relativesTab", "tabs:relativeLink:linkRelative");
            assertTrue(browser.text("tabs:relativesTable").contains("No relatives are linked"));

            browser.element("tabs:relativeLink:relativeCaseNumber").sendKeys("GRD-1900-000000");
            choose(browser, "tabs:relativeLink:relativeKind", "SIBLING");
            browser.click("tabs:relativeLink:linkRelative");
            browser.await(driver -> browser.text("tabs:relativeLink").contains("No case with this number"));

            browser.element("tabs:relativeLink:relativeCaseNumber").clear();
            browser.element("tabs:relativeLink:relativeCaseNumber").sendKeys(siblingNumber);
            choose(browser, "tabs:relativeLink:relativeKind", "SIBLING");
            browser.click("tabs:relativeLink:linkRelative");
            browser.await(driver -> browser.has("relative-" + siblingId));
            assertEquals("Sibling", browser.text("relative-kind-" + siblingId));
            assertTrue(browser.text("relative-placement-" + siblingId).contains("Consider placing them together"));
            Accessibility.assertNone(browser.driver());

            browser.await(driver -> browser.has("tabs:relativeSeparation:recordSeparation"));
            choose(browser, "tabs:relativeSeparation:separatedFrom", String.valueOf(siblingId));
            browser.element("tabs:relativeSeparation:separationReason").sendKeys(reason);
            browser.click("tabs:relativeSeparation:recordSeparation");
            browser.await(driver -> browser.has("relative-separation-" + siblingId));
            assertEquals(reason, browser.text("relative-separation-" + siblingId));
        }

        List<Map<String, Object>> ofSibling = Api.getAs("caseworker1", "/api/children/" + siblingId + "/relatives")
                .jsonList();
        assertEquals(1, ofSibling.size(), ofSibling.toString());
        assertEquals(childId, ((Number) ofSibling.get(0).get("relativeId")).longValue());
        assertEquals("SIBLING", ofSibling.get(0).get("kind"));
        assertEquals(reason, ofSibling.get(0).get("separationReason"), "recorded on both files");
    }

    @Test
    void anAuditorReadsRelativesWithoutTheForms() {
        long childId = registered();
        long cousinId = registered();
        assertEquals(200, Api.postAs("caseworker1", "/api/children/" + childId + "/relatives",
                Map.of("relativeId", cousinId, "kind", "COUSIN")).status());
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId, "auditor1");
            openTab(browser, "relativesTab", "relative-" + cousinId);
            assertEquals("Cousin", browser.text("relative-kind-" + cousinId));
            assertTrue(!browser.has("tabs:relativeLink:linkRelative"), "no form for a role the server refuses");
        }
    }
}
