package eu.guardian.staff;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Keeps Keycloak and Guardian's database from disagreeing after a failure. Keycloak's changes cannot join the
 * database transaction, so each account action changes Keycloak last-but-one and registers here how to undo that
 * change: if the transaction then does not commit (a rule broken later, the database refusing the commit), the undo
 * runs against Keycloak — a created user is removed again, a disabled one enabled again (docs/accounts.md,
 * "Consistency"). If Keycloak cannot be reached during the undo either, the nightly reconciliation lists the drift.
 */
@ApplicationScoped
public class KeycloakUndo {

    private static final Logger LOG = Logger.getLogger(KeycloakUndo.class.getName());

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    KeycloakAdmin keycloak;

    /** Runs {@code undo} against Keycloak after the current transaction, unless it committed. */
    public void unlessCommitted(String what, Consumer<KeycloakAdmin> undo) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing: the decision is the transaction's outcome
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    return;
                }
                try {
                    undo.accept(keycloak);
                    LOG.info(() -> "Undone in Keycloak after a rollback: " + what);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "Could not undo in Keycloak after a rollback (the reconciliation will list"
                            + " it): " + what, e);
                }
            }
        });
    }
}
