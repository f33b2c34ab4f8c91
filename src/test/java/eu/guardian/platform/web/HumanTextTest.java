package eu.guardian.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HumanTextTest {

    @Test
    void timesAreToTheMinuteWithoutIsoOrMicroseconds() {
        String shown = HumanText.time(Instant.parse("2026-12-03T13:05:42.123456Z"), Locale.ENGLISH);
        assertTrue(shown.contains("13:05") || shown.contains("1:05"), shown);
        assertTrue(shown.endsWith("UTC"), shown);
        assertFalse(shown.contains("T13") || shown.contains("42.123"), shown);
    }

    @Test
    void classNamesBecomeWords() {
        assertEquals("Best interests assessment", HumanText.words("BestInterestsAssessment"));
        assertEquals("Nrm referral", HumanText.words("NrmReferral"));
    }
}
