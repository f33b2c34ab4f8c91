package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Transition planning starts six months before the 18th birthday (setting). */
class TurningEighteenIT {

    private static boolean listed(String caseNumber) {
        long total = ((Number) Api.getAs("authority1", "/api/turning-18?size=1").json().get("total")).longValue();
        for (int page = 0; page * 200 < total; page++) {
            List<Map<String, Object>> items = Api.getAs("authority1", "/api/turning-18?size=200&page=" + page).items();
            if (items.stream().anyMatch(item -> caseNumber.equals(item.get("caseNumber")))) {
                return true;
            }
        }
        return false;
    }

    @Test
    void childrenTurning18WithinSixMonthsAreListedForTransitionPlanning() {
        LocalDate today = LocalDate.now();
        String soon = (String) Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "birthDate", today.minusYears(18).plusMonths(2).toString(), "birthDatePrecision", "EXACT",
                "identifiedOn", today.minusDays(1).toString())).json().get("caseNumber");
        String later = (String) Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "birthDate", today.minusYears(18).plusMonths(8).toString(), "birthDatePrecision", "EXACT",
                "identifiedOn", today.minusDays(1).toString())).json().get("caseNumber");
        assertTrue(listed(soon));
        assertFalse(listed(later));
        assertEquals(403, Api.getAs("guardian1", "/api/turning-18").status());
    }
}
