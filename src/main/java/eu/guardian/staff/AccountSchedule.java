package eu.guardian.staff;

import eu.guardian.platform.jobs.OncePerSlot;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keycloak's failed sign-ins and lockouts into the trail every minute; the reconciliation of accounts and records
 * every night. Both bodies are services that may run on several servers at once (docs/accounts.md).
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(OncePerSlot.class) // once per run in a cluster (docs/cluster.md#jobs)
public class AccountSchedule {

    private static final Logger LOG = Logger.getLogger(AccountSchedule.class.getName());

    @Inject
    SignInEvents signInEvents;

    @Inject
    AccountReconciliation reconciliation;

    @Schedule(hour = "*", minute = "*", persistent = false)
    void importSignInEvents() {
        try {
            signInEvents.importNew();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Sign-in events not imported this minute; the next run catches up", e);
            LOG.warning(() -> "Sign-in events not imported this minute (the next run catches up): " + e.getMessage());
        }
    }

    @Schedule(hour = "3", minute = "10", persistent = false)
    void reconcile() {
        try {
            int drifts = reconciliation.reconcile();
            LOG.info(() -> "Accounts reconciled with Keycloak: " + drifts + " drift(s)");
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Accounts not reconciled tonight", e);
        }
    }
}
