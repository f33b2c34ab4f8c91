package eu.guardian.child;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** {@code POST /api/retention/run}: the nightly retention job, now (after the authority changed the period, say). */
@Path("retention/run")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class RetentionRunResource {

    @Inject
    CaseRetention retention;

    @POST
    public Map<String, Integer> run() {
        return Map.of("anonymised", retention.anonymiseAllExpiredNow());
    }
}
