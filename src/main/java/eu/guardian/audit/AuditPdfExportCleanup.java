package eu.guardian.audit;

import eu.guardian.platform.jobs.OncePerSlot;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptors;
import java.time.Clock;

/** Every hour: PDF exports older than {@link AuditPdfExports#KEPT_FOR} are deleted with their files. */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
@Interceptors(OncePerSlot.class)
public class AuditPdfExportCleanup {

    private static final int BATCH = 100;
    private static final int MAX_BATCHES = 100;

    @Inject
    AuditPdfExportStore store;

    @Inject
    Clock clock;

    @Schedule(hour = "*", minute = "47", persistent = false)
    void forgetOldExports() {
        for (int i = 0; i < MAX_BATCHES; i++) {
            if (store.forgetStartedBefore(clock.instant().minus(AuditPdfExports.KEPT_FOR), BATCH) < BATCH) {
                return;
            }
        }
    }
}
