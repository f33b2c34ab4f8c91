package eu.guardian.platform.persistence;

/**
 * Recognises a concurrent change (someone saved the same record meanwhile) in what a service call threw: the
 * optimistic-lock failure may arrive as it is or wrapped by the EJB container or the transaction (EJBException,
 * EJBTransactionRolledbackException, RollbackException), so the whole cause chain is looked through.
 */
public final class ConcurrentChange {

    private ConcurrentChange() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof jakarta.persistence.OptimisticLockException
                    || "org.eclipse.persistence.exceptions.OptimisticLockException".equals(cause.getClass().getName())) {
                return true;
            }
        }
        return false;
    }
}
