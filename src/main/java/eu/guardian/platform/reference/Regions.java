package eu.guardian.platform.reference;

import eu.guardian.platform.i18n.SupportedLanguage;
import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.Conflict;
import eu.guardian.platform.validation.NotFound;
import eu.guardian.security.Role;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The regions of the country, kept by the administrator: codes (what Keycloak's {@code regions} attribute names, so a
 * code never changes once given) and names in every language of the screens. A region is never deleted, only no longer
 * offered; children, centres and guardians keep the code they have (docs/jurisdictions.md).
 */
@Stateless
public class Regions {

    /** Letters, digits, '-' and '_': what an identity team can type into a user attribute without surprises. */
    static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,40}");
    static final int NAME_MAX = 100;

    @PersistenceContext
    EntityManager em;

    @Inject
    Event<ReferenceDataChanged> changes;

    /** Every region, active or not, by code (a few dozen in a country). */
    @PermitAll
    public List<Region> all() {
        return em.createQuery("SELECT r FROM Region r ORDER BY r.code", Region.class).getResultList();
    }

    /** Every region's name in the reader's language, by code (for exports and lists that show a region's code). */
    @PermitAll
    public Map<String, String> namesIn(Locale reader) {
        return all().stream().collect(Collectors.toMap(Region::getCode, region -> region.nameIn(reader)));
    }

    /** The region with this code, in whatever case the code is given. */
    @PermitAll
    public Optional<Region> find(String code) {
        if (code == null || !CODE.matcher(code.strip()).matches()) {
            return Optional.empty();
        }
        return em.createQuery("SELECT r FROM Region r WHERE r.code = :code", Region.class)
                .setParameter("code", code.strip()).getResultList().stream().findFirst();
    }

    /**
     * Checks a region given for a child, a placement, a centre or a guardian: it must exist and still be offered. The
     * answer is the code as stored (the input may differ in case), or empty with the broken rule added to
     * {@code checks}.
     */
    @PermitAll
    public Optional<String> offered(Checks checks, String field, String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        Optional<Region> region = find(code).filter(Region::isActive);
        checks.that(region.isPresent(), field, "validation.unknownRegion", code);
        return region.map(Region::getCode);
    }

    @RolesAllowed(Role.Names.ADMIN)
    public Region create(RegionInput input) {
        Checks checks = new Checks().required("code", input.code());
        checks.that(input.code() == null || input.code().isBlank() || CODE.matcher(input.code().strip()).matches(),
                "code", "validation.regionCode");
        Map<String, String> names = validNames(input, checks);
        checks.throwIfAny();
        Optional<Region> existing = find(input.code());
        if (existing.isPresent()) {
            if (existing.get().names().equals(names) && existing.get().isActive()) {
                return existing.get(); // the same region asked for again: created once
            }
            throw new Conflict("region.codeTaken", List.of(existing.get().getCode()));
        }
        Region region = new Region(input.code().strip(), names);
        em.persist(region);
        em.flush();
        changes.fire(new ReferenceDataChanged(true, "Region", region.getCode(), List.of(
                new ReferenceDataChanged.Field("names", null, names))));
        return region;
    }

    /** New names and the active flag; refused if someone changed the region since {@code expectedVersion}. */
    @RolesAllowed(Role.Names.ADMIN)
    public Region change(String code, long expectedVersion, RegionInput input) {
        Region region = find(code).orElseThrow(() -> new NotFound("Region " + code));
        Checks checks = new Checks();
        Map<String, String> names = validNames(input, checks);
        checks.throwIfAny();
        if (region.getVersion() != expectedVersion) {
            throw new OptimisticLockException("The region was changed by someone else");
        }
        boolean active = input.active() == null || input.active();
        List<ReferenceDataChanged.Field> fields = new ArrayList<>();
        if (!region.names().equals(names)) {
            fields.add(new ReferenceDataChanged.Field("names", region.names(), names));
        }
        if (region.isActive() != active) {
            fields.add(new ReferenceDataChanged.Field("active", region.isActive(), active));
        }
        region.change(names, active);
        em.flush();
        changes.fire(new ReferenceDataChanged(false, "Region", region.getCode(), fields));
        return region;
    }

    private static Map<String, String> validNames(RegionInput input, Checks checks) {
        Map<String, String> names = new LinkedHashMap<>();
        for (SupportedLanguage language : SupportedLanguage.values()) {
            String field = "names." + language.getTag();
            String name = input.namesOrEmpty().get(language.getTag());
            // English is required; a language without its own name is stored with the English one, so that every region
            // has a place_name row in all eleven languages and pages read it the same way (docs/languages.md, "Places").
            if (language == SupportedLanguage.ENGLISH) {
                checks.required(field, name);
            }
            checks.maxLength(field, name, NAME_MAX);
            if (name != null && !name.isBlank()) {
                names.put(language.getTag(), name.strip());
            }
        }
        Optional.ofNullable(names.get(SupportedLanguage.ENGLISH.getTag())).ifPresent(english -> Arrays.stream(
                SupportedLanguage.values()).forEach(language -> names.putIfAbsent(language.getTag(), english)));
        String supported = Arrays.stream(SupportedLanguage.values()).map(SupportedLanguage::getTag)
                .collect(Collectors.joining(", "));
        input.namesOrEmpty().keySet().forEach(language -> checks.that(SupportedLanguage.of(language).isPresent(),
                "names", "validation.choice", supported));
        return names;
    }
}
