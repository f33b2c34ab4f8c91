package eu.guardian.platform.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeZonesTest {

    @Test
    void regionsAndUtcAreAcceptedFixedOffsetsAndNonsenseAreNot() {
        assertEquals(Optional.of(ZoneId.of("Europe/Berlin")), TimeZones.parse(" Europe/Berlin "));
        assertEquals(Optional.of(ZoneOffset.UTC), TimeZones.parse("UTC"));
        assertEquals(Optional.empty(), TimeZones.parse("+01:00"));
        assertEquals(Optional.empty(), TimeZones.parse("CET"));
        assertEquals(Optional.empty(), TimeZones.parse("Europe/Atlantis"));
        assertEquals(Optional.empty(), TimeZones.parse(""));
    }

    @Test
    void utcIsOfferedFirstAndEveryOfferedZoneReadsBack() {
        assertEquals(ZoneOffset.UTC, TimeZones.offered().get(0));
        assertTrue(TimeZones.offered().size() > 300);
        TimeZones.offered().forEach(zone -> assertEquals(Optional.of(zone), TimeZones.parse(TimeZones.idOf(zone))));
    }

    @Test
    void labelsNameTheZoneInTheReadersLanguageWithTodaysOffset() {
        Instant winter = Instant.parse("2026-01-15T12:00:00Z");
        Instant summer = Instant.parse("2026-07-15T12:00:00Z");
        assertEquals("Europe/Berlin · Mitteleuropäische Zeit (UTC+01:00)",
                TimeZones.label(ZoneId.of("Europe/Berlin"), Locale.GERMAN, winter));
        assertTrue(TimeZones.label(ZoneId.of("Europe/Berlin"), Locale.ENGLISH, summer).endsWith("(UTC+02:00)"));
        assertEquals("UTC", TimeZones.label(ZoneOffset.UTC, Locale.ENGLISH, winter));
    }
}
