package eu.guardian.platform;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.stack.ClusterOfTwo;
import eu.guardian.stack.GuardianStack;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * A signed-in browser keeps its session and its page's state when the instance serving it dies (docs/cluster.md,
 * "Sessions"): two instances in one Payara/Hazelcast cluster behind HAProxy; the one the browser is on is killed with
 * SIGKILL while a visit form is half filled (a follow-up row added on the server); the save then lands on the other
 * instance, still signed in, and stores the visit with what was entered before the failover.
 */
// Not in the default run for now: in one of three clean CI runs (2026-12-03) its second clustered instance never
// became ready within 6 minutes (cause not found yet), and a failed start costs the build those minutes. Run it with
// -Dguardian.it.cluster=true (docs/cluster.md).
@EnabledIfSystemProperty(named = "guardian.it.cluster", matches = "true")
class ClusterSessionIT {

    private static ClusterOfTwo cluster;

    @BeforeAll
    static void startCluster() {
        cluster = GuardianStack.shared().startCluster();
    }

    @AfterAll
    static void stopCluster() {
        GuardianStack.shared().stopCluster();
    }

    @Test
    void aSignedInBrowserKeepsItsSessionAndHalfFilledFormWhenItsInstanceIsKilled() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        String action = "Ask the school about the bus pass " + uniqueWord();
        try (Browser browser = new Browser(cluster.url())) {
            browser.openSignedIn("/visits/log.xhtml?child=" + childId, "guardian1");
            browser.element("visit:duration").sendKeys("45");
            browser.driver().findElement(By.xpath("//*[@id='visit:seenAlone']//div[contains(@class,'ui-button')]"
                    + "[.//*[normalize-space(text())='Yes'] or normalize-space(.)='Yes']")).click();
            browser.element("visit:childViews").sendKeys("I want to play football.");
            // The new row exists only in the view's state on the server, kept in the session.
            browser.click("visit:addFollowUp");
            browser.await(driver -> browser.has("visit:followUps:0:followUpAction"));
            browser.element("visit:followUps:0:followUpAction").sendKeys(action);
            browser.element("visit:followUps:0:followUpOwner").sendKeys("Guardian");

            Cookie serving = browser.driver().manage().getCookieNamed("GUARDIAN_INSTANCE");
            assertNotNull(serving, "the balancer's sticky cookie");
            cluster.kill(serving.getValue());

            browser.click("visit:save");
            browser.await(driver -> browser.path().equals("/guardian/my-children.xhtml"));
            assertTrue(!browser.isLoginForm(), "still signed in");
            String now = browser.driver().manage().getCookieNamed("GUARDIAN_INSTANCE").getValue();
            assertTrue(!now.equals(serving.getValue()), "served by the other instance now: " + now);
        }
        Map<String, Object> logged = onlyVisitOf(childId);
        assertEquals(45, ((Number) logged.get("durationMinutes")).intValue(), logged.toString());
        assertTrue(logged.get("followUps").toString().contains(action), logged.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyVisitOf(long childId) {
        Reply visits = Api.getAs("guardian1", "/api/children/" + childId + "/visits");
        assertEquals(200, visits.status(), visits.body());
        List<Map<String, Object>> items = (List<Map<String, Object>>) visits.json().get("items");
        assertEquals(1, items.size(), visits.body());
        return items.get(0);
    }
}
