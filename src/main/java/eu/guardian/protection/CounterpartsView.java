package eu.guardian.protection;

import eu.guardian.platform.persistence.Page;
import eu.guardian.protection.ProtectionInputs.CounterpartInput;
import eu.guardian.protection.ProtectionRecords.CounterpartRecord;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.primefaces.model.LazyDataModel;

/**
 * The authority's page of the counterpart registry (docs/firewall.md): the entries by name, paged in the database, a
 * new one, and corrections (kind, country, retired).
 */
@Named
@ViewScoped
public class CounterpartsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final String FORM = "counterpartForm";
    private static final Map<String, String> INPUTS = Map.of("name", "name", "kind", "kind", "country", "country",
            "note", "note");
    private static final Map<String, String> LABELS = Map.of("name", "protection.counterpart.name", "kind",
            "protection.counterpart.kind", "country", "protection.counterpart.country", "note",
            "protection.counterpart.note");

    @Inject
    Counterparts counterparts;

    private LazyDataModel<CounterpartRecord> list;
    private String nameFilter;
    private Long editedId;
    private Long editedVersion;
    private String name;
    private String kind;
    private String country;
    private String note;
    private boolean active = true;

    @PostConstruct
    void init() {
        list = new ProtectionListsView.Paged<>() {
            private static final long serialVersionUID = 1L;

            @Override
            Page<CounterpartRecord> page(int page, int size) {
                return counterparts.list(new Counterparts.Filter(nameFilter, null, null, null, null), page, size);
            }

            @Override
            String keyOf(CounterpartRecord row) {
                return String.valueOf(row.id());
            }
        };
    }

    public LazyDataModel<CounterpartRecord> getList() {
        return list;
    }

    public List<String> getKinds() {
        return Arrays.stream(CounterpartKind.values()).map(Enum::name).toList();
    }

    /** Fills the form with an entry to correct it. */
    public void edit(CounterpartRecord row) {
        editedId = row.id();
        editedVersion = row.version();
        name = row.name();
        kind = row.kind().name();
        country = row.country();
        note = row.note();
        active = row.active();
    }

    public void save() {
        CounterpartInput input = new CounterpartInput(editedVersion, name, kind, country, note, active);
        boolean saved = ProtectionForm.run(FORM, INPUTS, LABELS, editedId == null ? "protection.counterpart.registered"
                : "protection.counterpart.saved", () -> {
                    if (editedId == null) {
                        counterparts.register(input);
                    } else {
                        counterparts.change(editedId, input);
                    }
                }, () -> { });
        if (saved) {
            clear();
        }
    }

    public void clear() {
        editedId = null;
        editedVersion = null;
        name = null;
        kind = null;
        country = null;
        note = null;
        active = true;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getNameFilter() { return nameFilter; }
    public void setNameFilter(String v) { nameFilter = v; }
    public String getName() { return name; }
    public void setName(String v) { name = v; }
    public String getKind() { return kind; }
    public void setKind(String v) { kind = v; }
    public String getCountry() { return country; }
    public void setCountry(String v) { country = v; }
    public String getNote() { return note; }
    public void setNote(String v) { note = v; }
    public boolean isActive() { return active; }
    public void setActive(boolean v) { active = v; }
}
