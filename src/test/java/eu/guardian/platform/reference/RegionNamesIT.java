package eu.guardian.platform.reference;

import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Database;
import eu.guardian.testsupport.Tokens;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One mechanism for place names (docs/languages.md, "Places"): a region's names are the place_name rows of its code,
 * in all eleven languages, and a reader sees the name of their own language on pages and in the API.
 */
class RegionNamesIT {

    @Test
    void aRegionIsNamedInTheReadersLanguageOnItsPageAndInTheApi() throws SQLException {
        String code = "R-" + uniqueWord();
        String english = "Highlands " + code;
        String greek = "Ορεινή περιοχή " + code;
        String arabic = "المرتفعات " + code;
        try (Browser admin = new Browser()) {
            admin.openSignedIn("/admin/regions.xhtml", "admin1");
            admin.element("regionForm:code").sendKeys(code);
            admin.element("regionForm:nameEn").sendKeys(english);
            admin.element("regionForm:nameEl").sendKeys(greek);
            admin.element("regionForm:nameAr").sendKeys(arabic);
            admin.click("regionForm:save");
            admin.await(driver -> admin.has("region-" + code));
            try {
                admin.switchLanguage("el");
                assertTrue(admin.pageText().contains(greek), admin.pageText());
                assertTrue(admin.pageText().contains("Βορράς"), "the demo's North in Greek: " + admin.pageText());
                admin.switchLanguage("ar");
                assertTrue(admin.pageText().contains(arabic), admin.pageText());
                assertTrue(admin.pageText().contains("الشمال"), "the demo's North in Arabic: " + admin.pageText());
            } finally {
                admin.switchLanguage("en");
            }
        }
        assertEquals(greek, nameFor(code, "el"));
        assertEquals(arabic, nameFor(code, "ar"));
        assertEquals(english, nameFor(code, "sv"), "a language left empty is named as in English");
        assertEquals(11, placeNames(code), "a place_name row in each language of the screens");
    }

    @Test
    void aRegionCreatedThroughTheApiHasAllElevenLanguages() throws SQLException {
        String code = "R-" + uniqueWord();
        Reply created = Api.postAs("admin1", "/api/regions", Map.of("code", code,
                "names", Map.of("en", "Coast " + code, "uk", "Узбережжя " + code)));
        assertEquals(201, created.status(), created.body());
        assertEquals("Узбережжя " + code, nameFor(code, "uk"));
        assertEquals(11, placeNames(code));
    }

    private static String nameFor(String code, String language) {
        HttpResponse<String> answer = Api.exchange(Api.request("/api/regions").header("Accept-Language", language)
                .header("Authorization", "Bearer " + Tokens.accessToken("caseworker1")).GET());
        assertEquals(200, answer.statusCode(), answer.body());
        return new Reply(answer.statusCode(), answer.body()).jsonList().stream()
                .filter(region -> code.equals(region.get("code"))).map(region -> String.valueOf(region.get("name")))
                .findFirst().orElseThrow();
    }

    private static int placeNames(String code) throws SQLException {
        try (Connection db = Database.connect();
                PreparedStatement count = db.prepareStatement("SELECT COUNT(*) FROM place_name WHERE name = ?")) {
            count.setString(1, code);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }
}
