package eu.guardian.child;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** Retention: a closed case past its period loses its identity everywhere in the database; a held case keeps it. */
class RetentionIT {

    @Test
    void anExpiredClosedCaseIsAnonymisedAndAHeldOneIsSkipped() throws SQLException {
        String expiredName = "Retained" + uniqueWord();
        String heldName = "Held" + uniqueWord();
        long expired = closedLongAgo(expiredName);
        long held = closedLongAgo(heldName);
        assertEquals(403, Api.putAs("caseworker1", "/api/children/" + held + "/legal-hold",
                Map.of("reason", "Pending court case")).status(), "only the authority holds cases");
        Reply hold = Api.putAs("authority1", "/api/children/" + held + "/legal-hold",
                Map.of("reason", "Pending court case"));
        assertEquals(200, hold.status(), hold.body());
        assertEquals(Boolean.TRUE, hold.json().get("held"));
        assertEquals(400, Api.putAs("authority1", "/api/children/" + held + "/legal-hold", Map.of()).status(),
                "a hold needs its reason");

        assertEquals(403, Api.postAs("caseworker1", "/api/retention/run", Map.of()).status());
        Reply run = Api.postAs("authority1", "/api/retention/run", Map.of());
        assertEquals(200, run.status(), run.body());
        assertTrue(((Number) run.json().get("anonymised")).intValue() >= 1, run.body());

        assertEquals(List.of(), tablesContaining(expiredName), "no trace of the anonymised child's name");
        assertEquals(Child.ANONYMISED, Api.getAs("caseworker1", "/api/children/" + expired).json().get("familyName"));
        assertTrue(!tablesContaining(heldName).isEmpty(), "the held case keeps its identity");
        assertEquals(heldName, Api.getAs("caseworker1", "/api/children/" + held).json().get("familyName"));
        List<Map<String, Object>> entries = Api.getAs("auditor1", "/api/audit?action=ANONYMISE&childId=" + expired)
                .items();
        assertEquals(1, entries.size(), "the trail records the anonymisation");

        assertEquals(200, Api.deleteAs("authority1", "/api/children/" + held + "/legal-hold").status());
    }

    @Test
    void aCaseIsClosedOnADayNeverAheadAndNeverBeforeItsIdentification() {
        Reply registered = Api.postAs("caseworker1", "/api/children", child(uniqueWord()));
        long id = registered.id();
        long version = ((Number) Api.getAs("caseworker1", "/api/children/" + id).json().get("version")).longValue();
        Reply tooEarly = Api.postAs("caseworker1", "/api/children/" + id + "/closure",
                Map.of("version", version, "reason", "OTHER", "closedOn", "2001-01-01"));
        assertEquals(400, tooEarly.status(), tooEarly.body());
        assertTrue(tooEarly.body().contains("closedOn"), tooEarly.body());
        assertEquals(400, Api.postAs("caseworker1", "/api/children/" + id + "/closure",
                Map.of("version", version, "reason", "LOST", "closedOn", "2099-01-01")).status());
        assertEquals("OPEN", Api.getAs("caseworker1", "/api/children/" + id).json().get("status"));
    }

    @Test
    void theAuthorityClosesACaseAndHoldsItOnItsFile() {
        long id = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        try (Browser authority = new Browser()) {
            authority.openSignedIn("/children/file.xhtml?id=" + id, "authority1");
            authority.click("caseEnd:closeCase");
            authority.await(driver -> authority.has("closeForm:closureReason") // the dialog is drawn when opened
                    && authority.element("closeForm:closureReason").isDisplayed());
            // The drop-down opens with an animation: a click that lands before it settles is ignored, so click
            // the option again (opening the list again if it closed) until the choice shows.
            authority.await(driver -> {
                if (!authority.text("closeForm:closureReason_label").equals("Family reunification")) {
                    WebElement option = authority.driver().findElement(By.cssSelector(
                            "#closeForm\\:closureReason_items li[data-label='Family reunification']"));
                    if (option.isDisplayed()) {
                        option.click();
                    } else {
                        authority.click("closeForm:closureReason");
                    }
                    return false;
                }
                return !authority.element("closeForm:closureReason_panel").isDisplayed();
            });
            authority.click("closeForm:confirmClose");
            authority.await(driver -> authority.has("closure") && authority.text("closure").contains("Family reunification"));
            assertEquals("CLOSED", Api.getAs("caseworker1", "/api/children/" + id).json().get("status"));

            authority.click("caseEnd:placeHold");
            authority.await(driver -> authority.has("holdForm:holdReason") // the dialog is drawn when opened
                    && authority.element("holdForm:holdReason").isDisplayed());
            authority.element("holdForm:holdReason").sendKeys("Inquiry by the ombudsperson");
            authority.click("holdForm:confirmHold");
            authority.await(driver -> authority.has("legal-hold"));
            authority.click("caseEnd:releaseHold");
            authority.await(driver -> !authority.has("legal-hold"));
        }
        Reply hold = Api.getAs("auditor1", "/api/children/" + id + "/legal-hold");
        assertEquals(200, hold.status(), hold.body());
        assertEquals(Boolean.FALSE, hold.json().get("held"));
    }

    private static long closedLongAgo(String familyName) {
        Map<String, Object> child = with(child(familyName), "identifiedOn", "2014-03-01", "birthDate", "2000-01-01");
        Reply registered = Api.postAs("caseworker1", "/api/children?acknowledgeDuplicates=true", child);
        assertEquals(201, registered.status(), registered.body());
        long id = registered.id();
        long version = ((Number) Api.getAs("caseworker1", "/api/children/" + id).json().get("version")).longValue();
        Reply closed = Api.postAs("caseworker1", "/api/children/" + id + "/closure",
                Map.of("version", version, "reason", "FAMILY_REUNIFICATION", "closedOn", "2015-06-01"));
        assertEquals(200, closed.status(), closed.body());
        return id;
    }

    /** Every table and text column of the schema that holds the word (as the application's own account sees it). */
    private static List<String> tablesContaining(String word) throws SQLException {
        List<String> found = new ArrayList<>();
        try (Connection db = Database.connect(); Statement statement = db.createStatement();
                ResultSet columns = statement.executeQuery("SELECT table_name, column_name FROM"
                        + " information_schema.columns WHERE table_schema = DATABASE() AND data_type IN"
                        + " ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'json')")) {
            List<String[]> textColumns = new ArrayList<>();
            while (columns.next()) {
                textColumns.add(new String[] {columns.getString(1), columns.getString(2)});
            }
            for (String[] column : textColumns) {
                try (PreparedStatement query = db.prepareStatement("SELECT COUNT(*) FROM `" + column[0] + "` WHERE `"
                        + column[1] + "` LIKE ?")) {
                    query.setString(1, "%" + word + "%");
                    try (ResultSet rows = query.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            found.add(column[0] + "." + column[1]);
                        }
                    }
                }
            }
        }
        return found;
    }
}
