package eu.guardian.child;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Browser;
import eu.guardian.testsupport.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A child's file costs what its open tab costs: the other tabs are drawn when they are opened, and each opened view
 * of the file is one READ entry in the audit trail naming what was shown (docs/audit-integrity.md, "Page views").
 */
class FilePageIT {

    @Test
    void openingTheFileIsOneReadAndOpeningATabOneMore() throws SQLException {
        long childId = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        int before = readsOf(childId).size(); // the API's answer to the registration is a read of its own
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");
            browser.await(driver -> browser.has("tabs:identityTab"));
            List<String> afterOpening = readsOf(childId).subList(before, readsOf(childId).size());
            assertEquals(1, afterOpening.size(), afterOpening.toString());
            assertTrue(afterOpening.get(0).contains("ChildFile") && afterOpening.get(0).contains("identity"),
                    afterOpening.toString());
            assertFalse(browser.has("tabs:visits"), "the visits tab is drawn only when it is opened");

            browser.driver().findElement(By.cssSelector("a[href='#tabs:visitsTab']")).click();
            browser.await(driver -> browser.has("tabs:visits"));
            List<String> afterTab = readsOf(childId).subList(before, readsOf(childId).size());
            assertEquals(2, afterTab.size(), afterTab.toString());
            assertTrue(afterTab.get(1).contains("visits"), afterTab.toString());

            // back to a tab already drawn: nothing is read again
            browser.driver().findElement(By.cssSelector("a[href='#tabs:identityTab']")).click();
            browser.await(driver -> "identityTab".equals(browser.activeFileTab()));
            assertEquals(before + 2, readsOf(childId).size());
        }
        // the auditors' "who read this file" counts page views
        List<Map<String, Object>> readers = Api.getAs("auditor1", "/api/audit/children/" + childId + "/readers")
                .jsonList();
        assertTrue(readers.stream().anyMatch(r -> "caseworker1".equals(r.get("username"))
                && ((Number) r.get("reads")).longValue() == before + 2), readers.toString());
    }

    @Test
    void aLinkToATabDrawsThatTabOnly() throws SQLException {
        long childId = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        int before = readsOf(childId).size();
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId + "&tab=team", "caseworker1");
            browser.await(driver -> browser.has("tabs:teamList:teamTable"));
            assertEquals("teamTab", browser.activeFileTab());
            assertFalse(browser.has("tabs:carePlanList"), "other tabs wait until opened");
            List<String> reads = readsOf(childId).subList(before, readsOf(childId).size());
            assertEquals(1, reads.size(), reads.toString());
            assertTrue(reads.get(0).contains("team"), reads.toString());
        }
    }

    /**
     * The file page's HTML (first tab), as the server sends it, stays within issue 16's budget of 60 KB: tabs and
     * dialogs are drawn when opened (docs/accessibility.md). A size, not a time: the same on any machine.
     */
    @Test
    void theFirstTabsHtmlIsSmall() {
        long childId = Api.postAs("caseworker1", "/api/children", child(uniqueWord())).id();
        try (Browser browser = new Browser()) {
            browser.openSignedIn("/children/file.xhtml?id=" + childId, "caseworker1");
            browser.await(driver -> browser.has("tabs:identityTab"));
            Object size = ((JavascriptExecutor) browser.driver()).executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                            + "fetch(location.href).then(r => r.text()).then(t => done(new Blob([t]).size));");
            System.out.println("FILE-PAGE-HTML-BYTES caseworker1 identity tab: " + size);
            assertTrue(((Number) size).longValue() <= 60 * 1024, "the first tab's HTML is " + size + " bytes");
        }
    }

    /** The READ entries for the child, oldest first, as "objectType objectId details". */
    private static List<String> readsOf(long childId) throws SQLException {
        try (Connection connection = Database.connect();
                PreparedStatement query = connection.prepareStatement("SELECT object_type, object_id, details"
                        + " FROM audit_entry WHERE child_id = ? AND action = 'READ' ORDER BY id")) {
            query.setLong(1, childId);
            List<String> reads = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    reads.add(rows.getString(1) + " " + rows.getString(2) + " " + rows.getString(3));
                }
            }
            return reads;
        }
    }
}
