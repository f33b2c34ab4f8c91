package eu.guardian.careplan;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.platform.pdf.PdfContents;
import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Tokens;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The child's information sheet through the API: one child per language gets the sheet in their preferred language,
 * its text as written with a glyph for every character, and the care-plan item "information to the child" is done
 * with the day and the language; the child's guardian may give it, others may not.
 */
class InformationSheetIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static long register(String preferredLanguage) {
        Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()), "languages",
                List.of(preferredLanguage), "preferredLanguage", preferredLanguage));
        assertEquals(201, registered.status(), registered.body());
        return registered.id();
    }

    private static HttpResponse<byte[]> give(String user, long childId, String query) {
        try {
            return HTTP.send(Api.request("/api/children/" + childId + "/information-sheet" + query)
                    .header("Authorization", "Bearer " + Tokens.accessToken(user))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Map<String, Object>> informationItems(long childId) {
        return Api.getAs("caseworker1", "/api/children/" + childId + "/care-plan").jsonList().stream()
                .filter(i -> "INFORMATION_TO_CHILD".equals(i.get("type"))).toList();
    }

    @Test
    void eachChildGetsTheSheetInTheirLanguageAndTheCarePlanItemIsDone() {
        for (String language : InformationSheetTexts.LANGUAGES) {
            long childId = register(language);
            assertEquals(List.of("PLANNED"), informationItems(childId).stream().map(i -> i.get("status")).toList(),
                    "the registration put the information due");

            HttpResponse<byte[]> sheet = give("caseworker1", childId, "");
            assertEquals(200, sheet.statusCode(), new String(sheet.body()));
            assertEquals("application/pdf", sheet.headers().firstValue("Content-Type").orElse(""));
            assertEquals(language, sheet.headers().firstValue("Content-Language").orElse(""));
            String text = PdfContents.text(sheet.body()).replaceAll("\\s+", " ");
            InformationSheetTexts texts = InformationSheetTexts.of(language);
            for (String word : texts.text("complain.text").split("\\s+")) {
                assertTrue(text.contains(word), language + ": missing " + word + " in\n" + text);
            }
            assertTrue(text.contains("116 000"), language);
            assertEquals(List.of(), PdfContents.missingGlyphs(sheet.body()), language);

            List<Map<String, Object>> items = informationItems(childId);
            assertEquals(1, items.size(), "the planned item is the one marked done: " + items);
            assertEquals("DONE", items.get(0).get("status"), language);
            String outcome = (String) items.get(0).get("outcome");
            assertTrue(outcome.contains(LocalDate.now().toString()) && outcome.contains("language " + language),
                    outcome);
        }
    }

    @Test
    void theGuardianGivesThePictureSheetToTheirWardAndOthersMayNot() {
        long childId = register("ti");
        String guardianName = (String) Api.getAs("authority1", "/api/guardians/" + guardianIdOf("guardian1"))
                .json().get("name");
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        try {
            assertEquals(404, give("guardian2", childId, "").statusCode(), "not their ward");
            assertEquals(403, give("auditor1", childId, "").statusCode(), "auditors read, they do not give");
            assertEquals(400, give("guardian1", childId, "?language=xx").statusCode());
            assertEquals(List.of("PLANNED"), informationItems(childId).stream().map(i -> i.get("status")).toList(),
                    "nothing recorded by refused requests");

            HttpResponse<byte[]> pictures = give("guardian1", childId, "?pictures=true");
            assertEquals(200, pictures.statusCode(), new String(pictures.body()));
            String text = PdfContents.text(pictures.body());
            assertTrue(text.contains(guardianName), "who the guardian is: " + text);
            assertTrue(text.contains(InformationSheetTexts.of("ti").text("pic.safe")), text);
            assertEquals(List.of(), PdfContents.missingGlyphs(pictures.body()));
            List<Map<String, Object>> items = informationItems(childId);
            assertEquals(1, items.size(), "the item the registration put due is the one marked done: " + items);
            assertEquals("DONE", items.get(0).get("status"));
            assertTrue(((String) items.get(0).get("outcome")).contains("in pictures"), items.toString());

            HttpResponse<byte[]> french = give("caseworker1", childId, "?language=fr");
            assertEquals("fr", french.headers().firstValue("Content-Language").orElse(""));
            assertEquals(2, informationItems(childId).size(), "given again, in another language, is recorded too");
        } finally {
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge", discharge("OTHER"));
        }
    }
}
