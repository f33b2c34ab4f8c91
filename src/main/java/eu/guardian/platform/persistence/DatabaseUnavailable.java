package eu.guardian.platform.persistence;

import jakarta.transaction.HeuristicMixedException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.util.Set;
import javax.transaction.xa.XAException;

/**
 * Recognises that the database could not be reached (restarting, failing over, its pool exhausted) or could not store
 * anything (its disk full) in what a service call threw, wrapped however the container wrapped it: the request did
 * not happen and may be tried again, so the caller gets 503 with a message, not 500 (docs/operations.md). Nothing was
 * half-written: the transaction rolled back, or, when the database was lost while committing, either committed whole
 * or not at all ({@link #isUncertainCommit}: then the message must not say that nothing was saved).
 */
public final class DatabaseUnavailable {

    /** How long callers are asked to wait before trying again (the {@code Retry-After} of every 503 it causes): a restart or
     * fail-over takes seconds. */
    public static final String RETRY_AFTER_SECONDS = "5";

    /** SQLSTATE class 08: connection exception. */
    private static final String CONNECTION_EXCEPTION = "08";
    /** MySQL/MariaDB: "The table '...' is full" (InnoDB could not grow a file: the disk is full), "Disk full". */
    private static final Set<Integer> NO_SPACE_LEFT = Set.of(1114, 1021);

    private DatabaseUnavailable() {
    }

    /** The bundle key prefix of what the caller is told: nothing was saved, or it could not be confirmed. */
    public static String noticeKey(Throwable failure) {
        return isUncertainCommit(failure) ? "error.503unsure" : "error.503";
    }

    /**
     * Whether the database was lost while the transaction committed (the transaction manager's "system" failure of the
     * commit, or a mixed outcome): the work may have been stored or not, and the caller must look before sending it
     * again (seen in the fault drill when InnoDB stopped itself on a full disk; docs/operations.md, "Faults").
     */
    public static boolean isUncertainCommit(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SystemException || cause instanceof XAException
                    || cause instanceof HeuristicMixedException) {
                return true;
            }
        }
        return false;
    }

    public static boolean isCause(Throwable failure) {
        if (isUncertainCommit(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLRecoverableException
                    || cause instanceof SQLException sql && sql.getSQLState() != null
                            && sql.getSQLState().startsWith(CONNECTION_EXCEPTION)
                    || cause instanceof SQLException full && NO_SPACE_LEFT.contains(full.getErrorCode())
                    // The pool could not hand out a connection (Payara: jakarta.resource.ResourceException and
                    // its subclasses; the Connector API is not on this module's compile path).
                    || cause.getClass().getName().startsWith("jakarta.resource.")) {
                return true;
            }
        }
        return false;
    }
}
