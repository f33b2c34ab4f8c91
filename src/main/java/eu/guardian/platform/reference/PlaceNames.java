package eu.guardian.platform.reference;

import eu.guardian.platform.i18n.LanguageSelection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Map;

/**
 * Regions and care centres in the reader's language on pages ({@code #{placeNames.of(file.region())}}): what is
 * stored stays as typed; a place the installation has translated (table place_name) is shown translated, any other
 * as stored. Read once per request, so that every server shows an administrator's change at once.
 */
@Named
@RequestScoped
public class PlaceNames {

    @Inject
    ReferenceData referenceData;

    @Inject
    LanguageSelection language;

    private Map<String, String> translations;

    public String of(String name) {
        if (name == null || name.isBlank()) {
            return name;
        }
        if (translations == null) {
            translations = referenceData.placeNames(language.getLanguage().getTag());
        }
        return translations.getOrDefault(name, name);
    }
}
