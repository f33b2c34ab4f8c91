package eu.guardian.oversight.breach;

import eu.guardian.oversight.Indicator;
import eu.guardian.oversight.OversightIndicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Personal-data breaches not told to the supervisory authority within 72 hours, on the oversight dashboard. */
@ApplicationScoped
public class DataBreachIndicators implements OversightIndicators {

    @Inject
    DataBreaches breaches;

    @Override
    public List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today) {
        return List.of(Indicator.attentionIfAny("oversight.dataBreachesOverdue", breaches.countOverdue(),
                "/oversight/data-breaches.xhtml", 95));
    }
}
