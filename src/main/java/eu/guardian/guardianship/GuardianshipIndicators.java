package eu.guardian.guardianship;

import eu.guardian.oversight.Indicator;
import eu.guardian.oversight.OversightIndicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** The guardianship figures of the oversight dashboard: who still waits, past the legal deadline, soon 18. */
@ApplicationScoped
public class GuardianshipIndicators implements OversightIndicators {

    @Inject
    Appointments appointments;

    @Inject
    ComingOfAge comingOfAge;

    @Inject
    InterimBreaches interimBreaches;

    @Inject
    ChildInformedDeadlines childInformed;

    @Override
    public List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today) {
        return List.of(
                Indicator.info("oversight.awaitingGuardian", appointments.countAwaitingGuardian(),
                        "/guardianship/queue.xhtml", 10),
                Indicator.attentionIfAny("oversight.guardianDeadlineBreaches",
                        appointments.countPastGuardianDeadline(), "/guardianship/queue.xhtml", 11),
                Indicator.attentionIfAny("oversight.interimBreaches", interimBreaches.count(),
                        "/guardianship/queue.xhtml", 12),
                Indicator.attentionIfAny("oversight.childInformedOverdue", childInformed.count(),
                        "/guardianship/child-informed.xhtml", 13),
                Indicator.info("oversight.turningEighteen", comingOfAge.countTurningEighteenSoon(),
                        "/guardianship/turning-18.xhtml", 90),
                Indicator.attentionIfAny("oversight.transitionPlansDue", comingOfAge.countTransitionPlansDue(),
                        "/guardianship/turning-18.xhtml", 91));
    }
}
