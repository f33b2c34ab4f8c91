package eu.guardian.platform.notification;

import eu.guardian.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Points in time on pages, in UTC, with the reader's date pattern (f:convertDateTime does not take Instants). */
@Named
@RequestScoped
public class InstantFormat {

    /** Date and time, e.g. 28/11/2026 10:15. */
    public String at(Instant instant) {
        return format(instant, "visit.dateTimePattern");
    }

    /** The day only, e.g. 28/11/2026. */
    public String day(Instant instant) {
        return format(instant, "date.pattern");
    }

    private static String format(Instant instant, String patternKey) {
        if (instant == null) {
            return "";
        }
        Locale reader = FacesContext.getCurrentInstance().getViewRoot().getLocale();
        return DateTimeFormatter.ofPattern(Messages.text(reader, patternKey, List.of()), reader)
                .withZone(ZoneOffset.UTC).format(instant);
    }
}
