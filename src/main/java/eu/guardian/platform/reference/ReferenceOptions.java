package eu.guardian.platform.reference;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.text.Collator;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Countries, languages and regions as choices of a form, named and sorted in the reader's language. */
@Named
@RequestScoped
public class ReferenceOptions {

    @Inject
    ReferenceData referenceData;

    @Inject
    Regions regions;

    private Map<String, String> countries;
    private Map<String, String> languages;
    private Map<String, String> regionNames;
    private List<SelectItem> offeredRegions;

    public List<SelectItem> getCountries() {
        return items(countryNames());
    }

    public List<SelectItem> getLanguages() {
        return items(languageNames());
    }

    /** The regions still offered (for a new placement, centre or guardian). */
    public List<SelectItem> getRegions() {
        if (offeredRegions == null) {
            Map<String, String> names = regionNames();
            Set<String> active = regions.all().stream().filter(Region::isActive).map(Region::getCode)
                    .collect(Collectors.toSet());
            offeredRegions = items(names).stream().filter(item -> active.contains(item.getValue())).toList();
        }
        return offeredRegions;
    }

    /** The region's name in the reader's language, or the code itself when unknown; empty for none. */
    public String region(String code) {
        return code == null ? "" : regionNames().getOrDefault(code, code);
    }

    /** The country's name in the reader's language, or the code itself when unknown; empty for none. */
    public String country(String code) {
        return code == null ? "" : countryNames().getOrDefault(code, code);
    }

    public String language(String code) {
        return code == null ? "" : languageNames().getOrDefault(code, code);
    }

    /** Several language codes as one readable line. */
    public String languageList(java.util.Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::language).collect(Collectors.joining(", "));
    }

    public String countryList(java.util.Collection<String> codes) {
        return codes == null ? "" : codes.stream().map(this::country).collect(Collectors.joining(", "));
    }

    private Map<String, String> countryNames() {
        if (countries == null) {
            Locale reader = reader();
            countries = sorted(referenceData.countries().stream()
                    .collect(Collectors.toMap(Country::getCode, c -> c.nameIn(reader))), reader);
        }
        return countries;
    }

    private Map<String, String> regionNames() {
        if (regionNames == null) {
            Locale reader = reader();
            regionNames = sorted(regions.namesIn(reader), reader);
        }
        return regionNames;
    }

    private Map<String, String> languageNames() {
        if (languages == null) {
            Locale reader = reader();
            languages = sorted(referenceData.languages().stream()
                    .collect(Collectors.toMap(Language::getCode, l -> l.nameIn(reader))), reader);
        }
        return languages;
    }

    private static Map<String, String> sorted(Map<String, String> names, Locale reader) {
        Collator collator = Collator.getInstance(reader);
        return names.entrySet().stream()
                .sorted(Map.Entry.comparingByValue(Comparator.comparing(name -> name, collator)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static List<SelectItem> items(Map<String, String> names) {
        return names.entrySet().stream().map(e -> new SelectItem(e.getKey(), e.getValue())).toList();
    }

    private static Locale reader() {
        FacesContext faces = FacesContext.getCurrentInstance();
        return faces == null || faces.getViewRoot() == null ? Locale.ENGLISH : faces.getViewRoot().getLocale();
    }
}
