package eu.guardian.visit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Ward;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import org.junit.jupiter.api.Test;

/** A guardian's calendar feed: read without sign-in through its secret link, parsed by ical4j, no names, revocable. */
class CalendarFeedIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void theFeedListsTheWardsContactByCaseNumberAndStopsOnceRevoked() throws Exception {
        try (Ward ward = Ward.of("guardian1")) {
            Map<String, Object> child = Api.getAs("caseworker1", "/api/children/" + ward.childId()).json();
            String caseNumber = (String) child.get("caseNumber");
            String familyName = (String) child.get("familyName");
            assertEquals(403, Api.postAs("caseworker1", "/api/calendar-feed/link", Map.of()).status());
            Api.Reply link = Api.postAs("guardian1", "/api/calendar-feed/link", Map.of());
            assertEquals(200, link.status(), link.body());
            String url = (String) link.json().get("url");

            HttpResponse<String> feed = anonymousGet(url);
            assertEquals(200, feed.statusCode(), feed.body());
            assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
            Calendar calendar = new CalendarBuilder().build(new StringReader(feed.body()));
            List<VEvent> events = calendar.getComponents("VEVENT");
            assertTrue(events.stream().anyMatch(event -> event.getProperty(Property.SUMMARY)
                    .map(summary -> summary.getValue().contains(caseNumber)).orElse(false)
                    && event.getProperty(Property.DTSTART).isPresent()), feed.body());
            assertFalse(feed.body().contains(familyName), "no family name in the feed");
            assertFalse(feed.body().contains("Amina"), "no given name in the feed");

            assertEquals(404, anonymousGet(url.replaceAll("[A-Za-z0-9_-]{10}\\.ics$", "AAAAAAAAAA.ics"))
                    .statusCode(), "a guessed token finds nothing");
            String renewed = (String) Api.postAs("guardian1", "/api/calendar-feed/link", Map.of()).json().get("url");
            assertEquals(404, anonymousGet(url).statusCode(), "a new link replaces the old one");
            assertEquals(200, anonymousGet(renewed).statusCode());
            assertEquals(204, Api.deleteAs("guardian1", "/api/calendar-feed/link").status());
            assertEquals(404, anonymousGet(renewed).statusCode(), "revoked");
        }
    }

    private static HttpResponse<String> anonymousGet(String url) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }
}
