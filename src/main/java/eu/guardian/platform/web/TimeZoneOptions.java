package eu.guardian.platform.web;

import eu.guardian.platform.time.TimeZones;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** The time zones a select offers, each named in the reader's language with its offset today. */
public final class TimeZoneOptions {

    private TimeZoneOptions() {
    }

    public static List<SelectItem> all(Instant now) {
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return TimeZones.offered().stream()
                .map(zone -> new SelectItem(TimeZones.idOf(zone), TimeZones.label(zone, reader, now))).toList();
    }
}
