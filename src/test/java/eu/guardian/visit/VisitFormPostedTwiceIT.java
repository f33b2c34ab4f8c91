package eu.guardian.visit;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * The visit form carries a key issued with its view (docs/cluster.md#idempotency): the same filled form posted twice
 * (a double click, a retry after a failover) logs one visit, and both posts end on the same next page.
 */
class VisitFormPostedTwiceIT {

    /** Posts the form's save as PrimeFaces does (an Ajax request with the view's state), twice, one after the other. */
    private static final String POST_SAVE_TWICE = """
            const done = arguments[arguments.length - 1];
            const form = document.getElementById('visit');
            const body = new URLSearchParams(new FormData(form));
            body.set('jakarta.faces.partial.ajax', 'true');
            body.set('jakarta.faces.source', 'visit:save');
            body.set('jakarta.faces.partial.execute', 'visit');
            body.set('jakarta.faces.partial.render', 'visit');
            body.set('visit:save', 'visit:save');
            const post = () => fetch(form.action, {method: 'POST', body: body, credentials: 'same-origin',
                headers: {'Faces-Request': 'partial/ajax'}}).then(r => r.text());
            post().then(first => post().then(second => done([first, second]))).catch(e => done(['' + e, '']));
            """;

    @Test
    void theSameFormPostedTwiceLogsOneVisit() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        assertEquals(201, registered.status(), registered.body());
        long childId = registered.id();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/visits/log.xhtml?child=" + childId, "guardian1");
            browser.element("visit:duration").sendKeys("30");
            browser.driver().findElement(org.openqa.selenium.By.xpath("//*[@id='visit:seenAlone']"
                    + "//div[contains(@class,'ui-button')][.//*[normalize-space(text())='Yes']"
                    + " or normalize-space(.)='Yes']")).click();
            browser.element("visit:childViews").sendKeys("Twice posted, once logged.");

            @SuppressWarnings("unchecked")
            List<String> answers = (List<String>) ((JavascriptExecutor) browser.driver())
                    .executeAsyncScript(POST_SAVE_TWICE);
            assertTrue(answers.get(0).contains("<redirect url=") && answers.get(0).contains("my-children.xhtml"),
                    answers.get(0));
            assertTrue(answers.get(1).contains("<redirect url=") && answers.get(1).contains("my-children.xhtml"),
                    answers.get(1));
        }
        Reply visits = Api.getAs("guardian1", "/api/children/" + childId + "/visits");
        assertEquals(200, visits.status(), visits.body());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items = (List<Map<String, Object>>) visits.json().get("items");
        assertEquals(1, items.size(), visits.body());
    }
}
