package eu.guardian.protection;

import eu.guardian.oversight.Indicator;
import eu.guardian.oversight.OversightIndicators;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Protection on the oversight dashboard: children missing now (and the longest absence), police notifications
 * overdue, children not yet screened for trafficking, referrals to the National Referral Mechanism in the period,
 * agency referrals unanswered, disclosures to "other" recipients waiting for the authority's approval.
 */
@ApplicationScoped
public class ProtectionIndicators implements OversightIndicators {

    @Inject
    Clock clock;

    @Inject
    MissingChildren missing;

    @Inject
    Screenings screenings;

    @Inject
    Referrals referrals;

    @Inject
    DisclosureApprovals approvals;

    /** Hours since the child missing longest (among those the reader may see) was last seen. */
    private long longestAbsenceHours() {
        return missing.longestMissingSince()
                .map(since -> Math.max(0, Duration.between(since, clock.instant()).toHours())).orElse(0L);
    }

    @Override
    public List<Indicator> measure(LocalDate from, LocalDate to, LocalDate today) {
        long longestHours = longestAbsenceHours();
        return List.of(
                Indicator.attentionIfAny("oversight.missingNow", missing.openMissingCount(),
                        "/protection/missing.xhtml", 1),
                new Indicator("oversight.missingLongestHours", longestHours, longestHours > 0,
                        Optional.of("/protection/missing.xhtml"), 2),
                Indicator.attentionIfAny("oversight.policeNoticeOverdue", missing.policeOverdueCount(),
                        "/protection/missing.xhtml", 3),
                Indicator.attentionIfAny("oversight.notScreened", screenings.notYetScreenedCount(),
                        "/protection/not-screened.xhtml", 50),
                Indicator.info("oversight.nrmReferrals", screenings.nrmReferralCount(from, to),
                        "/protection/not-screened.xhtml", 51),
                Indicator.attentionIfAny("oversight.referralsOverdue", referrals.overdueCount(),
                        "/protection/overdue-referrals.xhtml", 52),
                Indicator.attentionIfAny("oversight.disclosuresAwaitingApproval", approvals.pendingCount(),
                        "/authority/disclosure-approvals.xhtml", 53));
    }
}
