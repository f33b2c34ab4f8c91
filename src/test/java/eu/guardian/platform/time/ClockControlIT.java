package eu.guardian.platform.time;

import static eu.guardian.testsupport.TestData.child;
import static eu.guardian.testsupport.TestData.uniqueWord;
import static eu.guardian.testsupport.TestData.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.testsupport.Api;
import eu.guardian.testsupport.TestClock;
import eu.guardian.testsupport.TurningEighteenList;
import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The test stack may move Guardian's clock; tokens keep working on real time (docs/build.md). */
class ClockControlIT {

    @Test
    void movingTheClockBringsADeadlineNearWhileSignInStillWorks() {
        LocalDate today = LocalDate.now();
        String caseNumber = (String) Api.postAs("caseworker1", "/api/children", with(child(uniqueWord()),
                "birthDate", today.minusYears(18).plusMonths(8).toString(), "birthDatePrecision", "EXACT",
                "identifiedOn", today.minusDays(1).toString())).json().get("caseNumber");
        assertFalse(TurningEighteenList.contains(caseNumber), "8 months before 18: not yet in the transition period");
        TestClock.movedBy(Duration.ofDays(92), () -> {
            assertTrue(TurningEighteenList.contains(caseNumber), "3 months later (moved clock): in the transition period");
            assertEquals(200, Api.getAs("authority1", "/api/turning-18?size=1").status(), "tokens follow real time");
        });
        assertFalse(TurningEighteenList.contains(caseNumber), "the clock is back");
    }
}
