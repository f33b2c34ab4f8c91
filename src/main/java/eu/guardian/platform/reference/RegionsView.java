package eu.guardian.platform.reference;

import eu.guardian.platform.i18n.LanguageSelection;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;

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
    private static final Map<String, String> INPUTS = Map.of("code", "code", "names.en", "nameEn", "names.de",
            "nameDe", "names.fr", "nameFr");
    private static final Map<String, String> LABELS = Map.of("code", "region.code", "names.en", "region.nameEn",
            "names.de", "region.nameDe", "names.fr", "region.nameFr");

    @Inject
    Regions regions;

    @Inject
    LanguageSelection languageSelection;

    private transient List<Region> all;
    private String editedCode;
    private long editedVersion;
    private String code;
    private String nameEn;
    private String nameDe;
    private String nameFr;
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
        nameEn = region.names().get("en");
        nameDe = region.names().get("de");
        nameFr = region.names().get("fr");
        active = region.isActive();
    }

    public void save() {
        RegionInput input = new RegionInput(code, Map.of("en", text(nameEn), "de", text(nameDe), "fr", text(nameFr)),
                active);
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
        nameEn = null;
        nameDe = null;
        nameFr = null;
        active = true;
        all = null;
    }

    public boolean isEditing() {
        return editedCode != null;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    public String getCode() { return code; }
    public void setCode(String v) { code = v; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String v) { nameEn = v; }
    public String getNameDe() { return nameDe; }
    public void setNameDe(String v) { nameDe = v; }
    public String getNameFr() { return nameFr; }
    public void setNameFr(String v) { nameFr = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
}
