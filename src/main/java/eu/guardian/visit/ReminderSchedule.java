package eu.guardian.visit;

import eu.guardian.platform.jobs.OncePerSlot;
import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Every ten minutes: overdue contacts, follow-ups due soon, urgent concerns to escalate ({@link Reminders}). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(OncePerSlot.class) // once per run in a cluster (docs/cluster.md#jobs)
public class ReminderSchedule {

    private static final Logger LOG = Logger.getLogger(ReminderSchedule.class.getName());
    private static final int BATCH = 200;
    private static final int MAX_BATCHES = 100;

    @Inject
    Reminders reminders;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void remind() {
        run(reminders::escalateConcerns);
        run(reminders::concernsToTeam);
        run(reminders::overdueContacts);
        run(reminders::followUpsDueSoon);
    }

    /** The same, now (the authority, or a test that moved the clock): {@link ReminderRunResource}. */
    @RolesAllowed(Role.Names.AUTHORITY)
    public void runNow() {
        remind();
    }

    private static void run(IntUnaryOperator batch) {
        try {
            for (int i = 0; i < MAX_BATCHES; i++) {
                if (batch.applyAsInt(BATCH) < BATCH) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Reminders stopped early; they are tried again at the next run", e);
        }
    }
}
