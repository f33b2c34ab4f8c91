package eu.guardian.platform.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * A region of the country (a state, a county, a municipality grouping): where care centres and placements lie, and
 * the unit of a caseworker's or an authority's jurisdiction (docs/jurisdictions.md). Its code is what Keycloak's
 * {@code regions} user attribute names; its name is given in every language of the screens (table place_name).
 */
@Entity
@Table(name = "region")
public class Region {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    // One mechanism for the names of places (docs/languages.md, "Places"): a region's names are the place_name rows of
    // its code, as stored on children, centres and guardians, so PlaceNames and the registry show the same name.
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "place_name", joinColumns = @JoinColumn(name = "name", referencedColumnName = "code"))
    @MapKeyColumn(name = "language_tag")
    @Column(name = "translation")
    private Map<String, String> names = new HashMap<>();

    @Column(name = "active", nullable = false)
    private boolean active;

    @Version
    private long version;

    protected Region() {
        // for JPA
    }

    public Region(String code, Map<String, String> names) {
        this.code = Objects.requireNonNull(code);
        this.names = new HashMap<>(names);
        this.active = true;
    }

    /** New names (every language of the screens) and whether the region is still offered. */
    public void change(Map<String, String> newNames, boolean stillActive) {
        this.names = new HashMap<>(newNames);
        this.active = stillActive;
    }

    public String getCode() {
        return code;
    }

    /** The name in the reader's language, else the English one, else the code. */
    public String nameIn(Locale reader) {
        return names.getOrDefault(reader.getLanguage(), names.getOrDefault("en", code));
    }

    public Map<String, String> names() {
        return Map.copyOf(names);
    }

    public boolean isActive() {
        return active;
    }

    public long getVersion() {
        return version;
    }
}
