package eu.guardian.staff;

import eu.guardian.platform.persistence.NativeRows;
import eu.guardian.platform.validation.InvalidInput;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Set;

/**
 * Interim: which care centres a reception login works at (table {@code centre_staff}, one centre per login today),
 * and the centres and regions the account form offers. The care-centre registry of issue 14 ("Care centres and
 * jurisdictions") provides {@code CareCentres.assignStaff(username, centreIds)} with several centres per login; when
 * it lands, this class goes and the account service calls that one (docs/accounts.md, "Care centres").
 */
@Stateless
@RolesAllowed({Role.Names.ADMIN})
public class CareCentres {

    @PersistenceContext
    EntityManager em;

    /** A centre to choose from: id, name and region. */
    public record Centre(long id, String name, String region) {
    }

    /** The reception login works at exactly these centres from now on. */
    public void assignStaff(String username, Set<Long> centreIds) {
        if (centreIds.size() > 1) {
            throw new InvalidInput("centreIds", "account.oneCentreOnly");
        }
        em.createNativeQuery("DELETE FROM centre_staff WHERE username = ?").setParameter(1, username).executeUpdate();
        for (Long centreId : centreIds) {
            em.createNativeQuery("INSERT INTO centre_staff (username, centre_id) VALUES (?, ?)")
                    .setParameter(1, username).setParameter(2, centreId).executeUpdate();
        }
    }

    /** The centres a login works at. */
    public List<Long> centresOf(String username) {
        return NativeRows.list(em.createNativeQuery("SELECT centre_id FROM centre_staff WHERE username = ?")
                .setParameter(1, username)).stream().map(row -> row.number("centre_id")).toList();
    }

    /** Every care centre (a few dozen in a country), by name. */
    public List<Centre> centres() {
        return NativeRows.list(em.createNativeQuery("SELECT id, name, region FROM care_centre ORDER BY name"))
                .stream().map(row -> new Centre(row.number("id"), row.text("name"), row.text("region"))).toList();
    }

    /** The regions known so far: those of the care centres (until regions are reference data of their own). */
    public List<String> regions() {
        return NativeRows.list(em.createNativeQuery("SELECT DISTINCT region FROM care_centre ORDER BY region"))
                .stream().map(row -> row.text("region")).toList();
    }
}
