package eu.guardian.platform.settings;

import eu.guardian.platform.time.TimeZones;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import eu.guardian.platform.web.TimeZoneOptions;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.util.List;
import java.util.Map;

/** The settings page's time zone of the installation: what users who chose none see and type times in. */
@Named
@ViewScoped
public class TimeZoneSettingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Settings settings;

    @Inject
    Clock clock;

    private String timeZone;

    @PostConstruct
    void load() {
        timeZone = TimeZones.idOf(settings.timeZone());
    }

    public List<SelectItem> getZones() {
        return TimeZoneOptions.all(clock.instant());
    }

    public void save() {
        try {
            timeZone = TimeZones.idOf(settings.changeTimeZone(timeZone));
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, "settings.timeZone.saved", timeZone);
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, "timeZoneForm", Map.of("timeZone", "installationTimeZone"),
                    Map.of("timeZone", "settings.timeZone"), null);
        }
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }
}
