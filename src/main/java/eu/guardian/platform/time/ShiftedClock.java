package eu.guardian.platform.time;

import java.io.Serializable;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system clock moved by the tests' offset (docs/build.md, "Moving the clock in tests"). Serialisable, as the
 * system clock is, for view-scoped beans: it finds the offset again through {@link ApplicationClock} after restore.
 */
final class ShiftedClock extends Clock implements Serializable {

    private static final long serialVersionUID = 1L;

    private final transient ClockOffset offset;

    ShiftedClock(ClockOffset offset) {
        this.offset = offset;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.offset(Clock.system(zone), offset().current());
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset().current());
    }

    private ClockOffset offset() {
        return offset != null ? offset : ApplicationClock.installedOffset();
    }
}
