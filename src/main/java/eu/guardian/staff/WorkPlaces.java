package eu.guardian.staff;

import eu.guardian.platform.reference.CareCentre;
import eu.guardian.platform.reference.Region;
import eu.guardian.platform.reference.Regions;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;

/**
 * What the account pages need of the care-centre and region registries ({@code platform.reference}): the centres and
 * regions to choose from, and where a reception login works (several centres allowed). The registries decide and
 * audit; this only shapes their answers for the account form (docs/accounts.md, "Care centres").
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN})
public class WorkPlaces {

    @Inject
    eu.guardian.platform.reference.CareCentres registry;

    @Inject
    Regions regions;

    /** A centre to choose from: id, name and region. */
    public record Centre(long id, String name, String region) {
    }

    /** The reception login works at exactly these centres from now on. */
    public void assignStaff(String username, Set<Long> centreIds) {
        registry.assignStaff(username, centreIds);
    }

    /** The centres a login works at. */
    public List<Long> centresOf(String username) {
        return List.copyOf(registry.centresOf(username));
    }

    /** The centres still offered (a few dozen in a country), by name. */
    public List<Centre> centres() {
        return registry.offered().stream().map(WorkPlaces::choice).toList();
    }

    /** The region codes still offered. */
    public List<String> regions() {
        return regions.all().stream().filter(Region::isActive).map(Region::getCode).toList();
    }

    private static Centre choice(CareCentre centre) {
        return new Centre(centre.getId(), centre.getName(), centre.getRegion());
    }
}
