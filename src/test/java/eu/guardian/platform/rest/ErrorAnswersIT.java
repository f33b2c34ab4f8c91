package eu.guardian.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.TestData;
import eu.guardian.testsupport.Tokens;
import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.json.Json;

/** Wrong input gets a clear 4xx in the caller's language, field by field, and nothing is stored. */
class ErrorAnswersIT {

    private static final Json JSON = new Json();

    @ParameterizedTest(name = "{1}")
    @CsvSource({
            "caseworker1, /api/children?status=FOO, status, 'Wählen Sie eines von: OPEN, CLOSED'",
            "caseworker1, /api/concerns?view=FOO, view, 'Wählen Sie eines von: OPEN, ESCALATED, ALL'",
            "auditor1, /api/audit?from=yesterday, from, 'Kein Zeitpunkt (erwartet z. B. 2026-11-28T09:30:00Z): yesterday'",
            "caseworker1, /api/children/abc, id, 'Keine ganze Zahl im erlaubten Bereich: abc'",
            "caseworker1, /api/children?size=abc, size, 'Keine ganze Zahl im erlaubten Bereich: abc'",
            "caseworker1, /api/children?size=2147483648, size, 'Keine ganze Zahl im erlaubten Bereich: 2147483648'"})
    void aWrongParameterIsA400NamingTheParameterInTheCallersLanguage(String user, String path, String field,
            String message) {
        HttpResponse<String> answer = Api.exchange(Api.request(path)
                .header("Authorization", "Bearer " + Tokens.accessToken(user)).header("Accept-Language", "de"));
        assertEquals(400, answer.statusCode(), answer.body());
        Map<String, Object> error = json(answer);
        assertEquals("Bitte korrigieren Sie die markierten Felder.", error.get("message"));
        assertEquals(List.of(Map.of("field", field, "message", message)), error.get("fields"));
    }

    @Test
    void unauthorisedAnswersAreJsonInTheCallersLanguage() {
        HttpResponse<String> noToken = Api.exchange(Api.request("/api/me").header("Accept-Language", "fr"));
        assertEquals(401, noToken.statusCode());
        assertTrue(noToken.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("Connexion requise : envoyez un jeton d'accès Keycloak valide (Authorization: Bearer ...).",
                json(noToken).get("message"));

        HttpResponse<String> badToken = Api.exchange(Api.request("/api/me").header("Accept-Language", "fr")
                .header("Authorization", "Bearer not-a-token"));
        assertEquals(401, badToken.statusCode());
        assertTrue(badToken.headers().firstValue("Content-Type").orElse("").startsWith("application/json"),
                badToken.body());
        assertTrue(json(badToken).get("message").toString().startsWith("Ce jeton n'est pas accepté"));
        assertEquals("Bearer error=\"invalid_token\"", badToken.headers().firstValue("WWW-Authenticate").orElse(""));
    }

    @Test
    void aBodyThatIsNotUtf8IsRefusedAndNothingIsStored() {
        String familyName = TestData.uniqueWord();
        String body = JSON.toJson(TestData.with(TestData.child(familyName), "givenNames", "Amina BROKEN"));
        String[] around = body.split("BROKEN");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.writeBytes(around[0].getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28}); // a two-byte sequence cut short
        bytes.writeBytes(around[1].getBytes(StandardCharsets.UTF_8));

        HttpResponse<String> answer = Api.exchange(Api.request("/api/children")
                .header("Authorization", "Bearer " + Tokens.accessToken("reception1"))
                .header("Content-Type", "application/json").header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(bytes.toByteArray())));

        assertEquals(400, answer.statusCode(), answer.body());
        assertEquals(List.of(Map.of("field", "body", "message",
                "The request body is not valid UTF-8 text. Nothing was stored.")), json(answer).get("fields"));
        assertEquals(List.of(), Api.getAs("reception1", "/api/children?name=" + familyName).items());
    }

    @Test
    void anExpiredFormOpensItsPageAgainWithANoticeInsteadOfAnError() {
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/caseworker/index.xhtml", "caseworker1");
            String session = browser.cookieHeader();

            HttpResponse<String> post = Api.exchange(Api.request("/caseworker/index.xhtml")
                    .header("Cookie", session)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("jakarta.faces.ViewState=expired-view")));
            assertEquals(302, post.statusCode(), "not HTTP 500");
            assertTrue(post.headers().firstValue("Location").orElse("").endsWith("/caseworker/index.xhtml"),
                    post.headers().map().toString());

            // The notice travels in JSF's flash, whose cookie the redirect sets (a browser sends it back).
            String flash = post.headers().allValues("Set-Cookie").stream().map(cookie -> cookie.split(";")[0])
                    .reduce(session, (cookies, cookie) -> cookies + "; " + cookie);
            HttpResponse<String> page = Api.exchange(Api.request("/caseworker/index.xhtml").header("Cookie", flash));
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("The page had expired and has been opened again"), page.body());
            assertTrue(page.body().contains("landing-caseworker"), "the page itself, not an error page");
            assertFalse(page.body().contains("notice-error"));
        }
    }

    private static Map<String, Object> json(HttpResponse<String> answer) {
        return JSON.toType(answer.body(), Map.class);
    }
}
