package eu.guardian.child;

import eu.guardian.platform.jobs.OncePerSlot;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

/** Every night: closed cases past their retention period are anonymised, a batch per transaction. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(OncePerSlot.class) // once per run in a cluster (docs/cluster.md#jobs)
public class CaseRetentionSchedule {

    static final int BATCH = 100;
    private static final int MAX_BATCHES = 1000;

    @Inject
    CaseRetention retention;

    @Schedule(hour = "2", minute = "30", persistent = false)
    void anonymiseExpiredCases() {
        runAll();
    }

    /** Runs batches until none is left (bounded, so that a fault can never loop for ever); returns the total. */
    public int runAll() {
        int total = 0;
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            int done = retention.anonymiseExpired(BATCH);
            total += done;
            if (done < BATCH) {
                break;
            }
        }
        return total;
    }
}
