package eu.guardian.platform.reference;

import eu.guardian.platform.web.FormAction;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The administrator's page of the care centres (docs/jurisdictions.md): the list, a new centre, and changes of its
 * name, kind, region, municipality or whether children can still be placed there. Centres are never deleted.
 */
@Named
@ViewScoped
public class CareCentresView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "centreForm";
    private static final Map<String, String> INPUTS = Map.of("name", "name", "kind", "kind", "region", "region",
            "municipality", "municipality");
    private static final Map<String, String> LABELS = Map.of("name", "centre.name", "kind", "centre.kind",
            "region", "child.region", "municipality", "centre.municipality");

    @Inject
    CareCentres centres;

    private transient List<CareCentre> all;
    private Long editedId;
    private long editedVersion;
    private String name;
    private String kind;
    private String region;
    private String municipality;
    private boolean active = true;

    public List<CareCentre> getAll() {
        if (all == null) {
            all = centres.all();
        }
        return all;
    }

    public List<String> getKinds() {
        return Arrays.stream(CareCentreKind.values()).map(Enum::name).toList();
    }

    /** Fills the form with a centre to change it. */
    public void edit(CareCentre centre) {
        editedId = centre.getId();
        editedVersion = centre.getVersion();
        name = centre.getName();
        kind = centre.getKind().name();
        region = centre.getRegion();
        municipality = centre.municipality().orElse(null);
        active = centre.isActive();
    }

    public void save() {
        CareCentreInput input = new CareCentreInput(name, kind, region, municipality, active);
        String done = editedId == null ? "centre.created" : "centre.saved";
        boolean saved = FormAction.of(FORM, INPUTS, LABELS).onConcurrentChange(() -> all = null).run(() -> {
            if (editedId == null) {
                centres.create(input);
            } else {
                centres.change(editedId, editedVersion, input);
            }
            FormMessages.add(null, FacesMessage.SEVERITY_INFO, done, name);
        });
        if (saved) {
            clear();
        }
    }

    public void clear() {
        editedId = null;
        editedVersion = 0;
        name = null;
        kind = null;
        region = null;
        municipality = null;
        active = true;
        all = null;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getRegion() { return region; }
    public void setRegion(String v) { region = v; }
    public String getMunicipality() { return municipality; }
    public void setMunicipality(String v) { municipality = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
}
