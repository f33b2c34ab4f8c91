package eu.guardian.protection;

import eu.guardian.oversight.Indicator;
import eu.guardian.oversight.OversightIndicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Family tracing overdue on the oversight dashboard (docs/domain-rules.md#the-laws-clocks). */
@ApplicationScoped
public class TracingIndicators implements OversightIndicators {

    @Inject
    TracingDeadlines tracing;

    @Override
    public List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today) {
        return List.of(Indicator.attentionIfAny("oversight.tracingOverdue", tracing.countOverdue(),
                "/protection/tracing-due.xhtml", 54));
    }
}
