package eu.guardian.audit;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The refusals of this request that concern a child: noted by the services when they refuse (a child outside the
 * caller's reach answers 404, a change they may not make 403) and written to the trail by {@link AuditFilter} once the
 * request is over — in a transaction of its own, after the refused work was rolled back, and never while the
 * request's own transaction holds the chain — so that an auditor filtering by child sees who tried.
 */
@RequestScoped
public class RefusedAccess {

    /** What was refused: {@code attempt} is READ or CHANGE. */
    public record Refusal(long childId, String attempt) {
    }

    private final List<Refusal> refusals = new ArrayList<>();

    public void childRefused(long childId, String attempt) {
        if (refusals.size() < 20 && !refusals.contains(new Refusal(childId, attempt))) {
            refusals.add(new Refusal(childId, attempt));
        }
    }

    List<Refusal> noted() {
        return List.copyOf(refusals);
    }
}
