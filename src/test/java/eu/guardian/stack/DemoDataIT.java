package eu.guardian.stack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import org.junit.jupiter.api.Test;

/**
 * {@code deploy/run.sh --demo}'s data set goes in through the API as the demo users, with every rule applied; a
 * second load adds nothing (the set is loaded once per database, and this test may run twice on one database).
 */
class DemoDataIT {

    private static long total(String query) {
        Reply found = Api.getAs("caseworker1", "/api/children?size=1&" + query);
        assertEquals(200, found.status(), found.body());
        return ((Number) found.json().get("total")).longValue();
    }

    @Test
    void theDemoSetLoadsOnceWithChildrenInEveryState() {
        GuardianStack stack = GuardianStack.shared();
        DemoData.loadUnlessPresent(stack.appUrl(), stack.keycloakIssuer(), stack.clientId(), stack.clientSecret());
        long marked = total("name=" + DemoData.MARKER);
        assertTrue(marked >= 1, "the last demo child is there");
        DemoData.loadUnlessPresent(stack.appUrl(), stack.keycloakIssuer(), stack.clientId(), stack.clientSecret());
        assertEquals(marked, total("name=" + DemoData.MARKER), "a second load adds nothing");
        assertTrue(total("awaitingGuardian=true") >= 8, "children awaiting a guardian");
        assertTrue(total("status=CLOSED") >= 1, "closed cases");
    }
}
