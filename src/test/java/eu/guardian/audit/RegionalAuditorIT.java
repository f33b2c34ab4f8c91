package eu.guardian.audit;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.Api.Reply;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * A regional inspectorate reads the trail of its own region's children only (docs/jurisdictions.md, "Auditors and the
 * trail"): the demo realm's auditor-north works for North; the national auditor1 reads everything. Demo centre 1 lies
 * in North, centre 2 in South.
 */
class RegionalAuditorIT {

    private static final long NORTH_CENTRE = 1;
    private static final long SOUTH_CENTRE = 2;

    private static long registeredAndRead(long centreId) {
        Reply registered = Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()), "centreId", centreId));
        assertEquals(201, registered.status(), registered.body());
        assertEquals(200, Api.getAs("caseworker1", "/api/children/" + registered.id()).status());
        return registered.id();
    }

    private static List<Map<String, Object>> trail(String auditor, String query) {
        Reply page = Api.getAs(auditor, "/api/audit?" + query);
        assertEquals(200, page.status(), page.body());
        return page.items();
    }

    private static Map<String, Object> finishedExport(String auditor, long childId) throws InterruptedException {
        Reply started = Api.postAs(auditor, "/api/audit/exports?childId=" + childId, Map.of());
        assertEquals(202, started.status(), started.body());
        Map<String, Object> progress = started.json();
        for (int poll = 0; poll < 120 && "RUNNING".equals(progress.get("status")); poll++) {
            Thread.sleep(500);
            progress = Api.getAs(auditor, "/api/audit/exports/" + started.json().get("id")).json();
        }
        assertEquals("DONE", progress.get("status"), progress.toString());
        return progress;
    }

    @Test
    void aRegionalAuditorReadsTheTrailOfItsRegionsChildrenOnly() throws InterruptedException {
        long north = registeredAndRead(NORTH_CENTRE);
        long south = registeredAndRead(SOUTH_CENTRE);

        assertFalse(trail("auditor-north", "childId=" + north).isEmpty(), "North's child's entries");
        assertEquals(List.of(), trail("auditor-north", "childId=" + south), "South's child's entries are not North's");
        assertFalse(trail("auditor1", "childId=" + south).isEmpty(), "the national inspectorate reads them");

        List<Map<String, Object>> byCaseworker = trail("auditor-north", "username=caseworker1&size=100");
        assertTrue(byCaseworker.stream().anyMatch(e -> Objects.equals(((Number) e.get("childId")).longValue(), north)),
                byCaseworker.toString());
        assertTrue(byCaseworker.stream().allMatch(e -> e.get("childId") != null
                        && ((Number) e.get("childId")).longValue() != south),
                "neither another region's children nor entries about no child: " + byCaseworker);

        assertEquals(200, Api.getAs("auditor-north", "/api/audit/children/" + north + "/readers").status());
        assertEquals(404, Api.getAs("auditor-north", "/api/audit/children/" + south + "/readers").status(),
                "who read South's child's file is not North's to know");

        String southCsv = Api.getAs("auditor-north", "/api/audit/export.csv?childId=" + south).body();
        assertEquals(1, southCsv.strip().split("\r?\n").length, "the CSV has its header only: " + southCsv);
        assertTrue(Api.getAs("auditor1", "/api/audit/export.csv?childId=" + south).body().contains("caseworker1"));

        // The PDF is written in the background: it keeps the reach of the auditor who started it.
        assertEquals(0, ((Number) finishedExport("auditor-north", south).get("total")).intValue());
        Map<String, Object> northPdf = finishedExport("auditor-north", north);
        assertTrue(((Number) northPdf.get("total")).intValue() >= 2, northPdf.toString());
        assertEquals(northPdf.get("total"), northPdf.get("written"), northPdf.toString());
    }
}
