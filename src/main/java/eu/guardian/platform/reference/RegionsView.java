package eu.guardian.platform.reference;

import eu.guardian.platform.i18n.LanguageSelection;
import eu.guardian.platform.i18n.SupportedLanguage;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The administrator's page of the regions (docs/jurisdictions.md): the list, a new region (code and a name per
 * language) and changes of the names or of whether it is still offered. The code is what Keycloak's {@code regions}
 * attribute names, so it is never changed.
 */
@Named
@ViewScoped
public class RegionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "regionForm";
    private static final Map<String, String> INPUTS = fields(RegionsView::inputId, "code");
    private static final Map<String, String> LABELS = fields(RegionsView::labelKey, "region.code");

    @Inject
    Regions regions;

    @Inject
    LanguageSelection languageSelection;

    private transient List<Region> all;
    private String editedCode;
    private long editedVersion;
    private String code;
    private HashMap<String, String> names = new HashMap<>();
    private boolean active = true;

    public List<Region> getAll() {
        if (all == null) {
            all = regions.all();
        }
        return all;
    }

    /** The region's name in the reader's language. */
    public String name(Region region) {
        return region.nameIn(languageSelection.getLocale());
    }

    /** Fills the form with a region to change it. */
    public void edit(Region region) {
        editedCode = region.getCode();
        editedVersion = region.getVersion();
        code = region.getCode();
        names = new HashMap<>(region.names());
        active = region.isActive();
    }

    public void save() {
        Map<String, String> typed = new HashMap<>();
        names.forEach((language, name) -> typed.put(language, text(name)));
        RegionInput input = new RegionInput(code, typed, active);
        String done = editedCode == null ? "region.created" : "region.saved";
        try {
            boolean saved = FormAction.of(FORM, INPUTS, LABELS).onConcurrentChange(() -> all = null).run(() -> {
                if (editedCode == null) {
                    regions.create(input);
                } else {
                    regions.change(editedCode, editedVersion, input);
                }
                FormMessages.add(null, FacesMessage.SEVERITY_INFO, done, code);
            });
            if (saved) {
                clear();
            }
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey(),
                    conflict.details().toArray());
        }
    }

    public void clear() {
        editedCode = null;
        editedVersion = 0;
        code = null;
        names = new HashMap<>();
        active = true;
        all = null;
    }

    public boolean isEditing() {
        return editedCode != null;
    }

    /** A name field per language of the screens, English first (the one required). */
    public List<SupportedLanguage> getLanguages() {
        return List.of(SupportedLanguage.values());
    }

    /** The input's id for a language's name: nameEn, nameDe, ... */
    public String inputOf(SupportedLanguage language) {
        return inputId(language);
    }

    /** The bundle key of a language's name label: region.nameEn, ... */
    public String labelOf(SupportedLanguage language) {
        return labelKey(language);
    }

    private static String inputId(SupportedLanguage language) {
        return "name" + capitalised(language);
    }

    private static String labelKey(SupportedLanguage language) {
        return "region.name" + capitalised(language);
    }

    private static String capitalised(SupportedLanguage language) {
        return language.getTag().substring(0, 1).toUpperCase(Locale.ROOT) + language.getTag().substring(1);
    }

    private static Map<String, String> fields(Function<SupportedLanguage, String> perLanguage, String code) {
        Map<String, String> fields = new HashMap<>(Map.of("code", code));
        for (SupportedLanguage language : SupportedLanguage.values()) {
            fields.put("names." + language.getTag(), perLanguage.apply(language));
        }
        return Map.copyOf(fields);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    /** The names typed, by language tag ({@code #{regionsView.names['el']}}). */
    public Map<String, String> getNames() { return names; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
}
