package eu.guardian.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;
import java.sql.SQLTransientConnectionException;
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
    void brokenRulesAndOtherFailuresAreNotMistakenForAnOutage() {
        assertFalse(DatabaseUnavailable.isCause(new PersistenceException(
                new SQLIntegrityConstraintViolationException("duplicate", "23000"))));
        assertFalse(DatabaseUnavailable.isCause(new IllegalStateException("bug")));
        assertFalse(DatabaseUnavailable.isCause(new SQLException("no state")));
    }
}
