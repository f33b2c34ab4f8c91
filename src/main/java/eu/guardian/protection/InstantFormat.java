package eu.guardian.protection;

import eu.guardian.platform.i18n.Messages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Shows instants on pages as UTC date and time in the reader's format (Faces 4.0 converters cannot format them). */
@Named("instants")
@RequestScoped
public class InstantFormat {

    private DateTimeFormatter formatter;

    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        if (formatter == null) {
            Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
            formatter = DateTimeFormatter.ofPattern(Messages.text(locale, "protection.dateTime.pattern", List.of()),
                    locale).withZone(ZoneOffset.UTC);
        }
        return formatter.format(instant);
    }
}
