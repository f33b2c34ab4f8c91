package eu.guardian.child;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Jurisdictions (docs/jurisdictions.md): caseworkers and the authority reach the children of the regions Keycloak's
 * {@code regions} attribute names; a child moved to a placement in another region is handed over, the old region
 * keeping read access for the handover days. The demo realm's caseworker-north works for North, caseworker-south and
 * authority-south for South; the demo centre 1 lies in North, centre 2 in South.
 */
class JurisdictionIT {

    private static final long NORTH_CENTRE = 1;
    private static final long SOUTH_CENTRE = 2;

    private static boolean listed(String user, String familyName) {
        return Api.getAs(user, "/api/children?name=" + familyName).items().stream()
                .anyMatch(c -> familyName.equals(c.get("familyName")));
    }

    private static long registered(String user, Map<String, Object> child) {
        Reply registered = Api.postAs(user, "/api/children", child);
        assertEquals(201, registered.status(), registered.body());
        return registered.id();
    }

    @Test
    void theTokenCarriesTheRegionsKeycloakHolds() {
        assertEquals(List.of("North"), Api.getAs("caseworker-north", "/api/me").json().get("regions"));
        assertEquals(List.of("*"), Api.getAs("caseworker1", "/api/me").json().get("regions"));
    }

    @Test
    void aCaseworkerOfNorthSeesNorthsChildrenAndGets404ForSouths() {
        String northName = uniqueWord();
        String southName = uniqueWord();
        long north = registered("caseworker1", with(child(northName), "centreId", NORTH_CENTRE));
        long south = registered("caseworker1", with(child(southName), "centreId", SOUTH_CENTRE));

        assertEquals(200, Api.getAs("caseworker-north", "/api/children/" + north).status());
        assertTrue(listed("caseworker-north", northName));
        assertEquals(404, Api.getAs("caseworker-north", "/api/children/" + south).status(),
                "a child of another region does not exist for a regional caseworker");
        assertEquals(404, Api.getAs("caseworker-north", "/api/children/" + south + "/guardianships").status());
        assertFalse(listed("caseworker-north", southName));
        assertEquals(404, Api.postAs("caseworker-north", "/api/children/" + south + "/legal-statuses",
                Map.of("kind", "REFUGEE", "validFrom", LocalDate.now().toString())).status());

        assertEquals(200, Api.getAs("caseworker-south", "/api/children/" + south).status());
        assertEquals(404, Api.getAs("caseworker-south", "/api/children/" + north).status());
        assertEquals(404, Api.getAs("authority-south", "/api/children/" + north).status());
        assertTrue(listed("caseworker1", northName) && listed("caseworker1", southName), "national: all regions");

        try (Browser page = new Browser()) { // the pages take the regions from the sign-in's tokens
            page.openSignedIn("/children/file.xhtml?id=" + north, "caseworker-north");
            page.await(driver -> page.has("child-name") && page.text("child-name").contains(northName));
            page.open("/children/file.xhtml?id=" + south);
            assertTrue(page.has("notice-error-404"), "South's child is not found on the pages either");
        }

        Reply outside = Api.postAs("caseworker-north", "/api/children",
                with(child(uniqueWord()), "centreId", SOUTH_CENTRE));
        assertEquals(400, outside.status(), "nobody registers a child outside their jurisdiction: " + outside.body());
    }

    @Test
    void aChildMovingRegionChangesWhoCanSeeIt() throws SQLException {
        String familyName = uniqueWord();
        long childId = registered("caseworker-north", with(child(familyName), "centreId", NORTH_CENTRE));
        String file = "/api/children/" + childId;
        assertEquals(404, Api.getAs("caseworker-south", file).status());

        Reply moved = Api.postAs("caseworker-north", file + "/placements", Map.of("kind", "RECEPTION_CENTRE",
                "centreId", SOUTH_CENTRE, "place", "Room 4", "startedOn", LocalDate.now().toString()));
        assertEquals(200, moved.status(), moved.body());

        Map<String, Object> seenBySouth = Api.getAs("caseworker-south", file).json();
        assertEquals("South", seenBySouth.get("region"), "the file follows the child the same day");
        assertEquals(true, seenBySouth.get("mayChange"));
        assertTrue(listed("caseworker-south", familyName));

        Map<String, Object> seenByNorth = Api.getAs("caseworker-north", file).json();
        assertEquals(false, seenByNorth.get("mayChange"), "the old region only reads during the handover");
        assertTrue(listed("caseworker-north", familyName));
        assertEquals(403, Api.postAs("caseworker-north", file + "/legal-statuses",
                Map.of("kind", "REFUGEE", "validFrom", LocalDate.now().toString())).status());

        List<Map<String, Object>> trail = Api.getAs("auditor1", "/api/audit?childId=" + childId + "&action=UPDATE")
                .items();
        String handover = "handoverReadUntil";
        assertTrue(trail.stream().anyMatch(entry -> String.valueOf(entry.get("details")).contains(handover)
                        && String.valueOf(entry.get("details")).contains(LocalDate.now().plusDays(30).toString())),
                "the move and the handover's last day are in the trail: " + trail);

        endHandover(childId);
        assertEquals(404, Api.getAs("caseworker-north", file).status(), "after the handover the old region is out");
        assertFalse(listed("caseworker-north", familyName));
        assertEquals(200, Api.getAs("caseworker-south", file).status());
    }

    @Test
    void theAdministratorKeepsRegionsAndCareCentresOnTheirPages() {
        String code = "R-" + uniqueWord();
        String centreName = "Centre " + uniqueWord();
        try (Browser admin = new Browser()) {
            admin.openSignedIn("/admin/regions.xhtml", "admin1");
            admin.element("regionForm:code").sendKeys(code);
            admin.element("regionForm:nameEn").sendKeys("Lakeside " + code);
            admin.element("regionForm:nameDe").sendKeys("Seeland " + code);
            admin.element("regionForm:nameFr").sendKeys("Lacs " + code);
            admin.click("regionForm:save");
            admin.await(driver -> admin.has("region-" + code));
            assertTrue(admin.pageText().contains("Lakeside " + code), admin.pageText());

            admin.open("/admin/care-centres.xhtml");
            admin.element("centreForm:name").sendKeys(centreName);
            ((JavascriptExecutor) admin.driver()).executeScript("document.getElementById('centreForm:kind_input')"
                    + ".value = 'FOSTER_CARE_SERVICE'; document.getElementById('centreForm:region_input').value = '"
                    + code + "';");
            admin.element("centreForm:municipality").sendKeys("Lakeview");
            admin.click("centreForm:save");
            admin.await(driver -> admin.pageText().contains(centreName));
        }
        Map<String, Object> centre = Api.getAs("caseworker1", "/api/care-centres").jsonList().stream()
                .filter(c -> centreName.equals(c.get("name"))).findFirst().orElseThrow();
        assertEquals(code, centre.get("region"));
        assertEquals("FOSTER_CARE_SERVICE", centre.get("kind"));
    }

    /** As if the handover days had passed: its last day was yesterday. */
    private static void endHandover(long childId) throws SQLException {
        try (Connection db = Database.connect(); PreparedStatement update = db.prepareStatement(
                "UPDATE region_move SET read_until = ? WHERE child_id = ?")) {
            update.setObject(1, LocalDate.now().minusDays(1));
            update.setLong(2, childId);
            assertEquals(1, update.executeUpdate());
        }
    }
}
