package eu.guardian.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Brings the schema up to date with Flyway when Guardian starts, before anything uses JPA. The data source's address
 * and account come from MicroProfile Config ({@code DB_URL}, {@code DB_USER}, {@code DB_PASSWORD}); the connection
 * settings that correctness depends on (UTC, utf8mb4) are fixed here rather than trusted to each deployment's URL.
 */
@DataSourceDefinition(
        name = DatabaseMigrations.DATA_SOURCE,
        className = "com.mysql.cj.jdbc.MysqlDataSource",
        url = "${MPCONFIG=DB_URL}",
        user = "${MPCONFIG=DB_USER}",
        password = "${MPCONFIG=DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
                "characterEncoding=UTF-8",
                "connectionCollation=utf8mb4_unicode_ci",
                "connectionTimeZone=UTC",
                "forceConnectionTimeZoneToSession=true",
                "preserveInstants=true",
                // Statements are prepared on the client: keep each SQL text's parse per connection instead of parsing
                // it again at every execution, and skip re-sending session settings that have not changed.
                "cachePrepStmts=true",
                "prepStmtCacheSize=250",
                "prepStmtCacheSqlLimit=4096",
                "useLocalSessionState=true",
                "fish.payara.is-connection-validation-required=true",
                "fish.payara.connection-validation-method=meta-data",
                "fish.payara.fail-all-connections=true"
        })
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    public static final String DATA_SOURCE = "java:app/jdbc/guardian";

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = DATA_SOURCE)
    DataSource dataSource;

    /** Demonstration data (centres, demo guardians) for deploy/run.sh and the tests; never in production. */
    @Inject
    @ConfigProperty(name = "GUARDIAN_DEMO_DATA", defaultValue = "false")
    boolean demoData;

    /** The account that owns the schema; empty when Guardian's own account runs the migrations (no audit lock-down). */
    @Inject
    @ConfigProperty(name = "DB_MIGRATION_USER")
    Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "DB_MIGRATION_PASSWORD")
    Optional<String> migrationPassword;

    @Inject
    @ConfigProperty(name = "DB_URL")
    String url;

    @Inject
    @ConfigProperty(name = "DB_USER")
    String appUser;

    private Flyway flyway;

    @PostConstruct
    void migrate() {
        var configuration = Flyway.configure(getClass().getClassLoader());
        if (migrationUser.isPresent()) {
            configuration.dataSource(url, migrationUser.get(), migrationPassword.orElse(""));
        } else {
            configuration.dataSource(dataSource);
            LOG.warning("DB_MIGRATION_USER is not set: Guardian's own database account owns the schema, so the"
                    + " database cannot stop it from changing audit entries (the hash chain still shows it).");
        }
        flyway = configuration
                .locations(demoData ? new String[] {"classpath:db/migration", "classpath:db/demo"}
                        : new String[] {"classpath:db/migration"})
                .failOnMissingLocations(true)
                .load();
        int applied = flyway.migrate().migrationsExecuted;
        migrationUser.ifPresent(owner -> new AccessGrants(flyway.getConfiguration().getDataSource(), appUser).apply());
        LOG.info(() -> "Database schema at version " + schemaVersion().orElse("none") + " (" + applied
                + " migrations applied now)");
    }

    /** The version of the last migration applied, for the administrator's status page. */
    public Optional<String> schemaVersion() {
        return Optional.ofNullable(flyway.info().current()).map(MigrationInfo::getVersion).map(Object::toString);
    }
}
