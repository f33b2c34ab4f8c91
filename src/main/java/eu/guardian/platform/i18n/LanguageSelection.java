package eu.guardian.platform.i18n;

import eu.guardian.security.CurrentUser;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * The language of the user's screens: their saved choice, else their browser's, else English. Session-scoped because
 * it is the user's setting, not a page's state; it is saved so that it follows them to their next sign-in.
 */
@Named
@SessionScoped
public class LanguageSelection implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    UserPreferences preferences;

    @Inject
    CurrentUser currentUser;

    private SupportedLanguage language;
    private boolean fromSavedPreference;

    public Locale getLocale() {
        return current().locale();
    }

    /** The page's writing direction ("rtl" for Arabic): the layout's {@code dir} and PrimeFaces' primefaces.DIR. */
    public String getDirection() {
        return current().getDirection();
    }

    /** The language of the page, e.g. to mark the switch's current entry. */
    public SupportedLanguage getLanguage() {
        return current();
    }

    public List<SupportedLanguage> getLanguages() {
        return List.of(SupportedLanguage.values());
    }

    /** Switches language and reloads the page in it (post-redirect-get). */
    public String switchTo(String tag) {
        SupportedLanguage chosen = SupportedLanguage.of(tag).orElse(SupportedLanguage.ENGLISH);
        language = chosen;
        currentUser.username().ifPresent(username -> preferences.chooseLanguage(username, chosen.locale()));
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.getViewRoot().setLocale(chosen.locale());
        return faces.getViewRoot().getViewId() + "?faces-redirect=true&includeViewParams=true";
    }

    private SupportedLanguage current() {
        if (!fromSavedPreference && currentUser.isSignedIn()) {
            fromSavedPreference = true;
            currentUser.username().flatMap(preferences::languageOf)
                    .map(SupportedLanguage::closestTo)
                    .ifPresent(saved -> language = saved);
        }
        if (language == null) {
            language = SupportedLanguage.closestTo(FacesContext.getCurrentInstance().getExternalContext()
                    .getRequestLocale());
        }
        return language;
    }
}
