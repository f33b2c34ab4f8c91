package eu.guardian.platform.time;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The time zones a user or the installation may choose: the IANA regions (Europe/Berlin), whose rules include summer
 * time, and UTC. Fixed offsets (+01:00) are not offered: they would be wrong half of the year.
 */
public final class TimeZones {

    /** What an installation that chose nothing uses. */
    public static final ZoneId DEFAULT = ZoneOffset.UTC;

    private static final Pattern REGION = Pattern.compile(
            "(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z0-9_+\\-/]+");

    private static final List<ZoneId> OFFERED = ZoneId.getAvailableZoneIds().stream()
            .filter(id -> REGION.matcher(id).matches()).sorted().map(ZoneId::of).toList();

    private TimeZones() {
    }

    /** A zone by its id; empty for anything that is not UTC or an IANA region. */
    public static Optional<ZoneId> parse(String id) {
        if (id == null || id.isBlank()) {
            return Optional.empty();
        }
        String text = id.strip();
        if (text.equals("UTC") || text.equals("Z")) {
            return Optional.of(ZoneOffset.UTC);
        }
        return REGION.matcher(text).matches() && ZoneId.getAvailableZoneIds().contains(text)
                ? Optional.of(ZoneId.of(text)) : Optional.empty();
    }

    /** UTC first, then the regions in alphabetical order of their ids. */
    public static List<ZoneId> offered() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of((ZoneId) ZoneOffset.UTC), OFFERED.stream())
                .toList();
    }

    /** The id as stored and typed: "UTC" or the region (Europe/Berlin). */
    public static String idOf(ZoneId zone) {
        return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
    }

    /**
     * How a list of zones shows one: its id, its name in the reader's language and its offset now, e.g.
     * "Europe/Berlin · Mitteleuropäische Zeit (UTC+01:00)".
     */
    public static String label(ZoneId zone, Locale reader, Instant now) {
        String id = idOf(zone);
        if (zone.equals(ZoneOffset.UTC)) {
            return id;
        }
        ZoneOffset offset = zone.getRules().getOffset(now);
        return id + " · " + zone.getDisplayName(TextStyle.FULL, reader) + " (UTC"
                + (offset.equals(ZoneOffset.UTC) ? "" : offset.getId()) + ")";
    }
}
