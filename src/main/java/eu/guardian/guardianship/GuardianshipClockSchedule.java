package eu.guardian.guardianship;

import eu.guardian.security.Role;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Every ten minutes (so within minutes of midnight): the appointment deadlines missed and not yet told — interim
 * representatives to the authority ({@link InterimBreaches#notifyNew}), children not told of their guardian's
 * appointment to the guardian ({@link ChildInformedDeadlines#notifyOverdue}); and transition plans fallen due, to the
 * guardian and the responsible caseworker ({@link TransitionPlanNotices#notifyDue}). Every server runs it; each missed
 * deadline is told once all the same.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class GuardianshipClockSchedule {

    private static final Logger LOG = Logger.getLogger(GuardianshipClockSchedule.class.getName());
    static final int BATCH = 200;
    private static final int MAX_BATCHES = 100;

    @Inject
    InterimBreaches interimBreaches;

    @Inject
    ChildInformedDeadlines childInformed;

    @Inject
    TransitionPlanNotices transitionPlans;

    @Schedule(hour = "*", minute = "*/10", persistent = false)
    void notifyMissedDeadlines() {
        try {
            runNow();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Deadline notices stopped early; they are tried again at the next run", e);
        }
    }

    /** The job now, for the authority (the timer calls it directly). @return how many of each were looked at */
    @RolesAllowed(Role.Names.AUTHORITY)
    public Map<String, Integer> runNow() {
        return Map.of("interimBreaches", batches(interimBreaches::notifyNew),
                "childInformedOverdue", batches(childInformed::notifyOverdue),
                "transitionPlansDue", batches(transitionPlans::notifyDue));
    }

    private static int batches(IntUnaryOperator batch) {
        int seen = 0;
        for (int i = 0; i < MAX_BATCHES; i++) {
            int looked = batch.applyAsInt(BATCH);
            seen += looked;
            if (looked < BATCH) {
                break;
            }
        }
        return seen;
    }
}
