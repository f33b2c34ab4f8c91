package eu.guardian.document;

import static eu.guardian.testsupport.TestData.appointment;
import static eu.guardian.testsupport.TestData.discharge;
import static eu.guardian.testsupport.TestData.guardianIdOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * On a phone, right after a visit, a guardian photographs a document the child was given and adds it to the visit's
 * entry: the photo arrives without its location, shows in the list with its thumbnail and opens in the page's viewer;
 * a caseworker finds it on the child's file, and deletes a wrong one with a reason.
 */
class DocumentPageIT {

    @Test
    void aGuardianAddsAPhotoToAVisitFromAPhoneAndItIsShownWithoutItsLocation() throws IOException {
        long childId = DocumentApiIT.newChild();
        Reply appointed = Api.postAs("authority1", "/api/children/" + childId + "/guardianships",
                appointment(guardianIdOf("guardian1")));
        assertEquals(201, appointed.status(), appointed.body());
        Path photo = Files.createTempFile("school-letter", ".jpg");
        try (Browser phone = new Browser(360, 740)) {
            Reply visit = Api.postAs("guardian1", "/api/children/" + childId + "/visits", Map.of(
                    "occurredAt", Instant.now().minus(1, ChronoUnit.HOURS).toString(), "mode", "IN_PERSON",
                    "durationMinutes", 30, "seenAlone", true));
            assertEquals(201, visit.status(), visit.body());
            Files.write(photo, SampleFiles.jpegWithGps(SampleFiles.picture(640, 480, 21), 0));

            phone.openSignedIn("/visits/log.xhtml?visit=" + visit.id(), "guardian1");
            phone.await(driver -> phone.has("documents:documentFile_input"));
            assertEquals("PHOTO", phone.element("documents:documentCategory").getAttribute("value"),
                    "a visit's camera takes photos");
            phone.element("documents:documentFile_input").sendKeys(photo.toString());
            phone.await(driver -> phone.pageText().contains(photo.getFileName().toString())
                    && !phone.driver().findElements(By.cssSelector(".app-document-thumb")).isEmpty());
            assertTrue(phone.pageText().contains("Added: " + photo.getFileName()), phone.pageText());
            assertFalse((Boolean) ((JavascriptExecutor) phone.driver()).executeScript(
                    "return document.documentElement.scrollWidth > window.innerWidth + 1;"), "fits a 360 px screen");

            List<Map<String, Object>> documents = Api.getAs("guardian1", "/api/children/" + childId
                    + "/attachments?visitId=" + visit.id()).items();
            assertEquals(1, documents.size());
            long id = ((Number) documents.get(0).get("id")).longValue();
            byte[] stored = Uploads.download("guardian1", "/api/attachments/" + id).body();
            assertFalse(SampleFiles.contains(stored, "Exif") || SampleFiles.contains(stored, SampleFiles.CAMERA),
                    "the location and the camera are gone");
            assertEquals(404, Uploads.download("guardian2", "/api/attachments/" + id).status());
            assertEquals(404, Uploads.download("reception1", "/api/attachments/" + id).status(),
                    "visits are not reception's: not found, not forbidden");

            phone.click("documents:documentTable:0:viewDocument");
            phone.await(driver -> phone.has("document-image") && phone.element("document-image").isDisplayed()
                    && ((Number) ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('document-image').naturalWidth;")).intValue() == 640);
            assertEquals(200, Api.getAs("caseworker1", "/api/children/" + childId + "/attachments?visitId="
                    + visit.id()).status(), "the caseworker sees the visit's photo too");
        } finally {
            Files.deleteIfExists(photo);
            Api.postAs("authority1", "/api/guardianships/" + appointed.id() + "/discharge",
                    discharge("GUARDIAN_UNAVAILABLE"));
        }
    }

    @Test
    void aCaseworkerDeletesAWrongDocumentFromTheFileWithAReason() {
        long childId = DocumentApiIT.newChild();
        Reply added = Uploads.upload("caseworker1", childId, Uploads.category("LEGAL"), "court decision.pdf",
                SampleFiles.pdf(false));
        assertEquals(201, added.status(), added.body());
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId + "&tab=documents", "caseworker1");
            browser.await(driver -> browser.pageText().contains("court decision.pdf"));
            assertEquals("/documents/" + added.id(), java.net.URI.create(browser.element("download-" + added.id())
                    .getAttribute("href")).getPath());
            browser.click("tabs:documents:documentTable:0:deleteDocument");
            browser.await(driver -> browser.has("tabs:documentDeleteForm:deleteReason")
                    && browser.element("tabs:documentDeleteForm:deleteReason").isDisplayed());
            browser.click("tabs:documentDeleteForm:confirmDelete");
            browser.await(driver -> browser.pageText().contains("Please give the reason"));
            browser.element("tabs:documentDeleteForm:deleteReason").sendKeys("Belongs to another child's case");
            browser.click("tabs:documentDeleteForm:confirmDelete");
            browser.await(driver -> browser.pageText().contains("Deleted: court decision.pdf")
                    && !browser.has("download-" + added.id()));
        }
        assertEquals(404, Uploads.download("caseworker1", "/api/attachments/" + added.id()).status());
    }

    @Test
    void theMissingChildsPhotoForThePoliceIsAddedOnTheEpisodesOwnDocumentsPage() throws IOException {
        long childId = DocumentApiIT.newChild();
        Reply missing = Api.postAs("caseworker1", "/api/children/" + childId + "/missing-episodes", Map.of(
                "reportedBy", "Night staff", "lastSeenAt", Instant.now().minusSeconds(3600).toString(),
                "lastSeenPlace", "Central station", "riskLevel", "HIGH"));
        assertEquals(201, missing.status(), missing.body());
        Path photo = Files.createTempFile("recent-photo", ".png");
        try (Browser browser = new Browser()) {
            Files.write(photo, SampleFiles.pngWithText(SampleFiles.picture(120, 160, 41)));
            browser.openSignedIn("/children/file.xhtml?id=" + childId + "&tab=protection", "caseworker1");
            browser.await(driver -> browser.has("missing-documents-" + missing.id()));
            browser.open(java.net.URI.create(browser.element("missing-documents-" + missing.id())
                    .getAttribute("href")).getRawPath() + "?kind=MISSING_EPISODE&id=" + missing.id());
            browser.await(driver -> browser.has("documents:documentFile_input"));
            assertEquals("Missing child: photo and documents for the police", browser.pageTitle());
            assertEquals("PHOTO", browser.element("documents:documentCategory").getAttribute("value"));
            browser.element("documents:documentFile_input").sendKeys(photo.toString());
            browser.await(driver -> browser.pageText().contains(photo.getFileName().toString())
                    && !driver.findElements(By.cssSelector(".app-document-thumb")).isEmpty());
            assertTrue(browser.element("child-link").getAttribute("href")
                    .endsWith("id=" + childId + "&tab=protection"));
        } finally {
            Files.deleteIfExists(photo);
        }
        assertEquals(1, Api.getAs("caseworker1", "/api/children/" + childId + "/attachments?missingEpisodeId="
                + missing.id()).items().size());
    }
}
