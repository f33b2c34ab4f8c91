package eu.guardian.platform.reference;

import jakarta.annotation.security.PermitAll;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Countries and languages, for every form that asks for a nationality or a language. Both lists are bounded by the
 * ISO standards (a few hundred rows), so they are read whole and cached by JPA.
 */
@Stateless
@PermitAll
public class ReferenceData {

    @PersistenceContext
    EntityManager em;

    public List<Country> countries() {
        return em.createQuery("SELECT c FROM Country c ORDER BY c.code", Country.class)
                .setHint("eclipselink.query-results-cache", true).getResultList();
    }

    public List<Language> languages() {
        return em.createQuery("SELECT l FROM Language l ORDER BY l.code", Language.class)
                .setHint("eclipselink.query-results-cache", true).getResultList();
    }

    /**
     * The names of places (regions, care centres) in one language, as the installation translated them: name as
     * stored → translation. A few hundred rows at most.
     */
    public Map<String, String> placeNames(String languageTag) {
        List<?> rows = em.createNativeQuery("SELECT name, translation FROM place_name WHERE language_tag = ?")
                .setParameter(1, languageTag).getResultList();
        Map<String, String> names = new HashMap<>();
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            names.put(String.valueOf(columns[0]), String.valueOf(columns[1]));
        }
        return names;
    }

    /** The ISO codes of all countries, for checking input. */
    public Set<String> countryCodes() {
        return countries().stream().map(Country::getCode).collect(Collectors.toSet());
    }

    /** The codes of all languages, for checking input. */
    public Set<String> languageCodes() {
        return languages().stream().map(Language::getCode).collect(Collectors.toSet());
    }

    public long countryCount() {
        return em.createQuery("SELECT COUNT(c) FROM Country c", Long.class).getSingleResult();
    }

    public long languageCount() {
        return em.createQuery("SELECT COUNT(l) FROM Language l", Long.class).getSingleResult();
    }
}
