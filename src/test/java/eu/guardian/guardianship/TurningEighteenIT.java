package eu.guardian.guardianship;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.TurningEighteenList;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Transition planning starts six months before the 18th birthday (setting). */
class TurningEighteenIT {

    @Test
    void childrenTurning18WithinSixMonthsAreListedForTransitionPlanning() {
        LocalDate today = LocalDate.now();
        String soon = (String) Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "birthDate", today.minusYears(18).plusMonths(2).toString(), "birthDatePrecision", "EXACT",
                "identifiedOn", today.minusDays(1).toString())).json().get("caseNumber");
        String later = (String) Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "birthDate", today.minusYears(18).plusMonths(8).toString(), "birthDatePrecision", "EXACT",
                "identifiedOn", today.minusDays(1).toString())).json().get("caseNumber");
        assertTrue(TurningEighteenList.contains(soon));
        assertFalse(TurningEighteenList.contains(later));
        assertEquals(403, Api.getAs("guardian1", "/api/turning-18").status());
    }
}
