package eu.guardian.platform.status;

import eu.guardian.platform.persistence.DatabaseMigrations;
import eu.guardian.platform.reference.ReferenceData;
import eu.guardian.security.Role;
import eu.guardian.security.SignInServiceProbe;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** What an administrator checks first when something is wrong: database, schema, reference data, sign-in service. */
@Stateless
@RolesAllowed(Role.Names.ADMIN)
public class SystemStatus {

    public record Report(String databaseServer, String schemaVersion, long countries, long languages,
            boolean signInServiceAvailable) {
    }

    @PersistenceContext
    EntityManager em;

    @Inject
    DatabaseMigrations migrations;

    @Inject
    ReferenceData referenceData;

    @Inject
    SignInServiceProbe signInService;

    public Report report() {
        String server = String.valueOf(em.createNativeQuery("SELECT VERSION()").getSingleResult());
        return new Report(server, migrations.schemaVersion().orElse("-"), referenceData.countryCount(),
                referenceData.languageCount(), signInService.isAvailable());
    }
}
