package eu.guardian.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Tokens;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** Countries and languages every form will need, with names in the reader's language. */
class ReferenceDataIT {

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> get(String path, String language) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(eu.guardian.stack.GuardianStack.shared().appUrl() + path))
                .header("Authorization", "Bearer " + Tokens.accessToken("reception1"))
                .header("Accept-Language", language).GET().build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return new Json().toType(response.body(), List.class);
    }

    @Test
    void allIsoCountriesWithTheTwentySevenEuMemberStates() throws Exception {
        List<Map<String, Object>> countries = get("/api/reference/countries", "de");
        assertEquals(249, countries.size());
        assertEquals(27, countries.stream().filter(country -> Boolean.TRUE.equals(country.get("euMember"))).count());
        Map<String, Object> germany = countries.stream().filter(c -> "DE".equals(c.get("code"))).findFirst().orElseThrow();
        assertEquals("Deutschland", germany.get("name"));
        Map<String, Object> eritrea = countries.stream().filter(c -> "ER".equals(c.get("code"))).findFirst().orElseThrow();
        assertEquals(false, eritrea.get("euMember"));
    }

    @Test
    void languagesSpokenByChildrenArrivingInEuropeArePresent() throws Exception {
        List<Map<String, Object>> languages = get("/api/reference/languages", "en");
        List<Object> codes = languages.stream().map(language -> language.get("code")).toList();
        for (String code : List.of("ar", "ti", "ps", "prs", "so", "am", "ku", "ckb", "kmr", "uk", "fr", "en")) {
            assertTrue(codes.contains(code), code);
        }
        Map<String, Object> tigrinya = languages.stream().filter(l -> "ti".equals(l.get("code"))).findFirst()
                .orElseThrow();
        assertEquals("Tigrinya", tigrinya.get("name"));
    }

    @Test
    void referenceDataNeedsASignedInCaller() {
        assertEquals(401, Api.anonymousGet("/api/reference/countries").status());
    }
}
