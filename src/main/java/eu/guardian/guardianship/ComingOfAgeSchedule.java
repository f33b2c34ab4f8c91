package eu.guardian.guardianship;

import eu.guardian.platform.jobs.OncePerSlot;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

/** Every night: guardianship ends for children who turned 18 (docs/domain-rules.md#ending-a-guardianship). */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(OncePerSlot.class) // once per run in a cluster (docs/cluster.md#jobs)
public class ComingOfAgeSchedule {

    private static final int BATCH = 200;
    private static final int MAX_BATCHES = 500;

    @Inject
    ComingOfAge comingOfAge;

    @Schedule(hour = "1", minute = "15", persistent = false)
    void endGuardianshipsAtEighteen() {
        runAll();
    }

    /** Every batch, each in its own transaction; how many cases were closed. */
    public int runAll() {
        int closed = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int done = comingOfAge.endGuardianshipsOfAdults(BATCH);
            closed += done;
            if (done < BATCH) {
                break;
            }
        }
        return closed;
    }
}
