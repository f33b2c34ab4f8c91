package eu.guardian.visit;

import eu.guardian.oversight.Indicator;
import eu.guardian.oversight.OversightIndicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Guardians' contact with their wards, and safeguarding concerns, on the oversight dashboard. */
@ApplicationScoped
public class VisitIndicators implements OversightIndicators {

    @Inject
    ContactOversight contacts;

    @Inject
    Concerns concerns;

    @Override
    public List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today) {
        return List.of(
                Indicator.attentionIfAny("oversight.contactsOverdue", contacts.countOverdue(),
                        "/visits/overdue.xhtml", 20),
                Indicator.attentionIfAny("oversight.concernsEscalated", concerns.countEscalated(),
                        "/visits/concerns.xhtml", 21),
                Indicator.info("oversight.concernsOpen", concerns.countOpen(), "/visits/concerns.xhtml", 22));
    }
}
