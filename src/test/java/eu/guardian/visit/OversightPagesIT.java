package eu.guardian.visit;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The pages around visits in a real browser: the authority's overdue contacts, a caseworker acknowledging an urgent
 * concern on the concerns page, and the guardian's bell and daily digest.
 */
class OversightPagesIT {

    @Test
    void overdueContactsConcernsBellAndDigest() {
        LocalDate today = LocalDate.now();
        Reply registered = Api.postAs("caseworker1", "/api/children",
                with(child(uniqueWord()), "identifiedOn", today.minusDays(60).toString()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        String caseNumber = (String) registered.json().get("caseNumber");
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                with(appointment(guardianIdOf("guardian1")), "appointedOn", today.minusDays(40).toString(),
                        "childInformedOn", today.minusDays(40).toString()));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            try (Browser authority = new Browser()) {
                authority.openSignedIn("/visits/overdue.xhtml", "authority1");
                assertEquals("Overdue contacts", authority.pageTitle());
                Reply overdue = Api.getAs("authority1", "/api/oversight/overdue-contacts?size=200");
                assertEquals(200, overdue.status(), overdue.body());
                int index = 0;
                for (Map<String, Object> row : overdue.items()) {
                    if (((Number) row.get("childId")).longValue() == childId) {
                        break;
                    }
                    index++;
                }
                assertTrue(index < overdue.items().size(), "the ward is in the overdue list: " + overdue.body());
                if (index < 25) {
                    assertTrue(authority.has("overdue-child-" + childId), "shown on the first page");
                }
                authority.click("interpreter-log");
                authority.await(driver -> authority.path().equals("/visits/interpreters.xhtml"));
                assertEquals("Interpreter log", authority.pageTitle());
            }

            Map<String, Object> visit = VisitApiIT.visit();
            visit.put("mode", "PHONE");
            visit.put("concerns", List.of(Map.of("type", "MISSING_RISK", "urgency", "URGENT",
                    "description", "Talks about leaving for another country with friends.")));
            Reply logged = Api.postAs("guardian1", "/api/children/" + childId + "/visits", visit);
            assertEquals(201, logged.status(), logged.body());
            @SuppressWarnings("unchecked")
            long concernId = ((Number) ((List<Map<String, Object>>) logged.json().get("concerns")).get(0).get("id"))
                    .longValue();

            try (Browser caseworker = new Browser()) {
                caseworker.openSignedIn("/visits/concerns.xhtml", "caseworker1");
                assertTrue(caseworker.has("bell-count"), "the caseworker's bell shows unread notifications");
                String status = "concerns:list:" + rowOf(caseworker, concernId) + ":acknowledge";
                caseworker.click(status);
                caseworker.await(driver -> caseworker.pageText().contains("The concern is acknowledged."));
                assertEquals("ACKNOWLEDGED", Api.getAs("caseworker1", "/api/concerns/" + concernId).json()
                        .get("status"));
            }

            try (Browser guardian = new Browser(360, 740)) {
                guardian.openSignedIn("/notifications/digest.xhtml", "guardian1");
                assertTrue(guardian.pageText().contains("You have been appointed for case " + caseNumber),
                        guardian.pageText());
                assertTrue(guardian.pageText().contains("acknowledged by caseworker1"), guardian.pageText());
                long unreadBefore = unread("guardian1");
                assertTrue(unreadBefore >= 2);
                guardian.click("bellForm:bell");
                guardian.await(driver -> guardian.element("bellForm:bellPanel").isDisplayed());
                guardian.click("bellForm:markAllRead");
                guardian.await(driver -> !guardian.has("bell-count"));
                assertEquals(0, unread("guardian1"));
            }
            assertEquals(200, Api.postAs("caseworker1", "/api/concerns/" + concernId + "/outcome",
                    Map.of("outcome", "Talked it through with the child and the key worker.")).status());
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge",
                    discharge("GUARDIAN_UNAVAILABLE"));
        }
    }

    private static long unread(String user) {
        return ((Number) Api.getAs(user, "/api/notifications/unread-count").json().get("unread")).longValue();
    }

    /** The row index of a concern in the page's table (the list shows open concerns, urgent first, oldest first). */
    private static int rowOf(Browser browser, long concernId) {
        List<org.openqa.selenium.WebElement> links = browser.driver().findElements(
                org.openqa.selenium.By.cssSelector("#concerns\\:list a.app-case-link"));
        for (int i = 0; i < links.size(); i++) {
            if (links.get(i).getAttribute("id").equals("concern-child-" + concernId)) {
                return i;
            }
        }
        throw new AssertionError("concern " + concernId + " is not on the first page:\n" + browser.pageText());
    }
}
