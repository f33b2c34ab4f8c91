package eu.guardian.platform.persistence;

import eu.guardian.platform.operations.MetricsText;
import eu.guardian.platform.operations.OperationalFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Pool usage in {@code /metrics}, as the database sees it: the connections of Guardian's own account, open and busy
 * (running a statement or in a transaction), from every instance together; each instance's pool holds at most
 * {@link #POOL_MAX_PER_INSTANCE}. An operator alerts when "busy" nears the maximum times the instances: requests then
 * wait for a connection (and answer 503 after the pool's wait). The account sees only its own sessions: no extra grant.
 */
@ApplicationScoped
public class ConnectionFigures implements OperationalFigures {

    /** {@code maxPoolSize} of the data source (DatabaseMigrations). */
    static final int POOL_MAX_PER_INSTANCE = 32;

    @PersistenceContext
    EntityManager em;

    @Override
    public void writeTo(MetricsText metrics) {
        // A connection idle inside a transaction shows as "Sleep" too; this statement's own counts as busy.
        NativeRows.first(em.createNativeQuery("SELECT COUNT(*) AS open_count,"
                + " COALESCE(SUM(command <> 'Sleep'), 0) AS busy_count FROM information_schema.processlist"
                + " WHERE user = SUBSTRING_INDEX(CURRENT_USER(), '@', 1)")).ifPresent(row -> {
                    metrics.gauge("guardian_database_connections",
                            "Connections of Guardian's database account, all instances together",
                            MetricsText.label("state", "open"), row.number("open_count"));
                    metrics.gauge("guardian_database_connections", "", MetricsText.label("state", "busy"),
                            row.number("busy_count"));
                });
        metrics.gauge("guardian_database_pool_max", "Connections one instance's pool may open", "",
                POOL_MAX_PER_INSTANCE);
    }
}
