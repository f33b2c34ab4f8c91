package eu.guardian.platform.web;

import eu.guardian.platform.i18n.LanguageSelection;
import eu.guardian.platform.i18n.TimeZoneSelection;
import eu.guardian.platform.notification.EmailChoice;
import eu.guardian.platform.notification.EmailChoices;
import eu.guardian.platform.settings.Settings;
import eu.guardian.platform.time.TimeZones;
import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * A user's own preferences page: the time zone every time is shown and typed in (their own, or the installation's),
 * and how notifications come by e-mail. The language has its switch in every page's header.
 */
@Named
@ViewScoped
public class PreferencesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TimeZoneSelection timeZones;

    @Inject
    LanguageSelection language;

    @Inject
    Settings settings;

    @Inject
    EmailChoices emailChoices;

    @Inject
    Clock clock;

    /** The chosen zone's id; empty for the installation's. */
    private String timeZone;

    /** How notifications reach the user by e-mail (docs/notifications.md). */
    private EmailChoice emailChoice;

    @PostConstruct
    void load() {
        timeZone = timeZones.own().map(TimeZones::idOf).orElse("");
        emailChoice = emailChoices.own();
    }

    public EmailChoice[] getEmailChoices() {
        return EmailChoice.values();
    }

    public List<SelectItem> getZones() {
        return TimeZoneOptions.all(clock.instant());
    }

    /** The installation's zone, named as the list names it. */
    public String getInstallationZone() {
        return TimeZones.label(settings.timeZone(), language.getLocale(), clock.instant());
    }

    /** Saves the zone and shows the page again in it. */
    public String save() {
        Optional<ZoneId> chosen = TimeZones.parse(timeZone);
        if (timeZone != null && !timeZone.isBlank() && chosen.isEmpty()) {
            FormMessages.add("preferences:timeZone", FacesMessage.SEVERITY_ERROR, "validation.timeZone");
            FacesContext.getCurrentInstance().validationFailed();
            return null;
        }
        timeZones.choose(chosen, language.getLocale());
        emailChoices.choose(emailChoice == null ? EmailChoice.IMMEDIATELY : emailChoice);
        FormMessages.addForNextPage("preferences.saved");
        return "/preferences.xhtml?faces-redirect=true";
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public EmailChoice getEmailChoice() {
        return emailChoice;
    }

    public void setEmailChoice(EmailChoice emailChoice) {
        this.emailChoice = emailChoice;
    }
}
