package eu.guardian.platform.rest;

import eu.guardian.platform.jobs.OncePerSlot;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;

/** Every hour: idempotency keys older than a day, and the answers kept with them, are forgotten. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(OncePerSlot.class)
public class IdempotencyRecordCleanup {

    private static final int BATCH = 1000;
    private static final int MAX_BATCHES = 1000;

    @Inject
    IdempotentRequests requests;

    @Schedule(hour = "*", minute = "17", persistent = false)
    void forgetOldKeys() {
        for (int i = 0; i < MAX_BATCHES; i++) {
            if (requests.forgetOld(BATCH) < BATCH) {
                return;
            }
        }
    }
}
