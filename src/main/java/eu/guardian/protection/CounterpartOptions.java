package eu.guardian.protection;

import eu.guardian.protection.ProtectionRecords.CounterpartRecord;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The registry entries a form offers as the recipient of each kind of disclosure, by a part of their name. */
@Named
@RequestScoped
public class CounterpartOptions {

    @Inject
    Counterparts counterparts;

    public List<CounterpartRecord> forHandover(String query) {
        return counterparts.receiving(Disclosure.HANDOVER, query);
    }

    public List<CounterpartRecord> forReferral(String query) {
        return counterparts.receiving(Disclosure.REFERRAL, query);
    }

    public List<CounterpartRecord> forTracing(String query) {
        return counterparts.receiving(Disclosure.TRACING, query);
    }

    /** How an entry reads in a choice: its name and country. */
    public static String label(CounterpartRecord counterpart) {
        return counterpart == null ? "" : counterpart.name() + " (" + counterpart.country() + ")";
    }
}
