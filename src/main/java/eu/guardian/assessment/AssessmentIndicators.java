package eu.guardian.assessment;

import eu.guardian.oversight.Indicator;
import eu.guardian.oversight.OversightIndicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;

/** Best interests on the oversight dashboard: reviews past due, and assessments waiting for the authority. */
@ApplicationScoped
public class AssessmentIndicators implements OversightIndicators {

    @Inject
    ReviewSchedule reviews;

    @Override
    public List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today) {
        return List.of(
                Indicator.attentionIfAny("oversight.assessmentReviewsOverdue", reviews.countOverdueReviews(),
                        "/assessments/due.xhtml", 30),
                Indicator.info("oversight.assessmentsAwaitingDecision", reviews.countAwaitingDecision(),
                        "/assessments/due.xhtml", 31));
    }
}
