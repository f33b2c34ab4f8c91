package eu.guardian.careplan;

import eu.guardian.oversight.Indicator;
import eu.guardian.oversight.OversightIndicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** The care plan on the oversight dashboard: items past their due date in open cases. */
@ApplicationScoped
public class CarePlanIndicators implements OversightIndicators {

    @Inject
    CarePlan carePlan;

    @Override
    public List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today) {
        return List.of(Indicator.attentionIfAny("oversight.carePlanOverdue", carePlan.countOverdue(),
                "/care-plan/overdue.xhtml", 40));
    }
}
