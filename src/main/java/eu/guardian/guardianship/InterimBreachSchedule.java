package eu.guardian.guardianship;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes (so within minutes of midnight): the interim representative breaches not yet told to the authority
 * ({@link InterimBreaches#notifyNew}). Every server runs it; each breach is told once all the same.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class InterimBreachSchedule {

    private static final Logger LOG = Logger.getLogger(InterimBreachSchedule.class.getName());
    static final int BATCH = 200;
    private static final int MAX_BATCHES = 100;

    @Inject
    InterimBreaches breaches;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void notifyBreaches() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Interim breach notices stopped early; they are tried again at the next run", e);
        }
    }

    /** The job now, for the authority (the timer calls it directly). @return how many breaches were looked at */
    @RolesAllowed(Role.Names.AUTHORITY)
    public int runNow() {
        int seen = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int batch = breaches.notifyNew(BATCH);
            seen += batch;
            if (batch < BATCH) {
                break;
            }
        }
        return seen;
    }
}
