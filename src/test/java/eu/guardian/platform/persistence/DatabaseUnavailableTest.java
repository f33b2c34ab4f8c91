package eu.guardian.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.SystemException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
import javax.transaction.xa.XAException;
import org.junit.jupiter.api.Test;

class DatabaseUnavailableTest {

    @Test
    void aLostConnectionIsRecognisedHoweverTheContainerWrappedIt() {
        SQLException linkFailure = new SQLException("Communications link failure", "08S01");
        assertTrue(DatabaseUnavailable.isCause(new EJBException(new PersistenceException(linkFailure))));
        assertTrue(DatabaseUnavailable.isCause(new PersistenceException(new SQLTransientConnectionException("t"))));
    }

    @Test
    void aFullDiskIsAnOutageToo() {
        SQLException tableFull = new SQLException("The table 'visit' is full", "HY000", 1114);
        assertTrue(DatabaseUnavailable.isCause(new EJBException(new PersistenceException(tableFull))));
    }

    @Test
    void aDatabaseLostWhileCommittingIsAnOutageWhoseOutcomeIsUnknown() {
        // As Payara reported it in the fault drill: the commit's XA failure carries the lost connection in its text.
        XAException commitFailed = new XAException("jakarta.resource.spi.LocalTransactionException: Communications"
                + " link failure");
        SystemException systemFailure = new SystemException();
        systemFailure.initCause(commitFailed);
        EJBException thrown = new EJBException(systemFailure);
        assertTrue(DatabaseUnavailable.isCause(thrown));
        assertTrue(DatabaseUnavailable.isUncertainCommit(thrown));
        assertEquals("error.503unsure", DatabaseUnavailable.noticeKey(thrown), "never 'nothing was saved'");
        SQLException linkFailure = new SQLException("Communications link failure", "08S01");
        assertEquals("error.503", DatabaseUnavailable.noticeKey(new PersistenceException(linkFailure)));
    }

    @Test
    void brokenRulesAndOtherFailuresAreNotMistakenForAnOutage() {
        assertFalse(DatabaseUnavailable.isCause(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate", "23000"))));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("no state")));
    }
}
