package eu.guardian.complaint;

import eu.guardian.oversight.Indicator;
import eu.guardian.oversight.OversightIndicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Complaints on the oversight dashboard: open ones, and those past the date their outcome was due. */
@ApplicationScoped
public class ComplaintIndicators implements OversightIndicators {

    @Inject
    Complaints complaints;

    @Override
    public List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today) {
        return List.of(
                Indicator.info("oversight.complaintsOpen", complaints.countOpen(), "/complaints/index.xhtml", 80),
                Indicator.attentionIfAny("oversight.complaintsOverdue", complaints.countOverdue(),
                        "/complaints/index.xhtml", 81));
    }
}
