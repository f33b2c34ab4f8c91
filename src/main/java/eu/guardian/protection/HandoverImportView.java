package eu.guardian.protection;

import eu.guardian.child.PlacementKind;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.platform.web.FormMessages;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The import page: a handover package (JSON file) from another country becomes a new case here. */
@Named
@ViewScoped
public class HandoverImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final long MAX_BYTES = 2_000_000;
    private static final Map<String, String> INPUTS = Map.of("package", "packageFile", "placementKind",
            "placementKind", "place", "place", "region", "region");
    private static final Map<String, String> LABELS = Map.of("package", "protection.import.file", "placementKind",
            "child.placementKind", "place", "child.place", "region", "child.region");

    @Inject
    Handovers handovers;

    private transient Part file;
    private String placementKind;
    private String place;
    private String region;

    public String importPackage() {
        try {
            if (file == null || file.getSize() == 0 || file.getSize() > MAX_BYTES) {
                throw new InvalidInput("package", "protection.import.notJson");
            }
            String json;
            try (InputStream in = file.getInputStream()) {
                json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            long childId = handovers.importPackage(json, placementKind, null, place, region);
            FormMessages.addForNextPage("protection.import.done");
            return "/children/file.xhtml?faces-redirect=true&id=" + childId;
        } catch (InvalidInput invalid) {
            FormMessages.show(invalid, "importForm", INPUTS, LABELS, null);
        } catch (Conflict conflict) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, conflict.messageKey());
        } catch (IOException e) {
            FormMessages.add(null, FacesMessage.SEVERITY_ERROR, "protection.import.notJson");
        }
        return null;
    }

    public List<String> getPlacementKinds() {
        return Arrays.stream(PlacementKind.values()).map(Enum::name).toList();
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }

    public String getPlacementKind() {
        return placementKind;
    }

    public void setPlacementKind(String placementKind) {
        this.placementKind = placementKind;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }
}
