package eu.guardian.guardianship;

import eu.guardian.guardian.Guardian;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Whether a guardian may represent a child on a given day: active, a valid criminal-record check and training, below
 * the caseload cap, and no declared conflict with the centre where the child is placed. Nothing about the child but
 * their placement is looked at: nationality and legal status never count.
 */
public final class Eligibility {

    private Eligibility() {
    }

    public static Set<Ineligibility> check(Guardian guardian, Optional<Long> childCentreId, LocalDate day,
            int generalCaseloadCap) {
        Set<Ineligibility> reasons = EnumSet.noneOf(Ineligibility.class);
        if (!guardian.isActive()) {
            reasons.add(Ineligibility.INACTIVE);
        }
        if (!guardian.hasValidRecordCheckOn(day)) {
            reasons.add(Ineligibility.RECORD_CHECK_MISSING_OR_EXPIRED);
        }
        if (!guardian.hasValidTrainingOn(day)) {
            reasons.add(Ineligibility.TRAINING_MISSING_OR_EXPIRED);
        }
        if (guardian.getCurrentLoad() >= guardian.capOr(generalCaseloadCap)) {
            reasons.add(Ineligibility.CASELOAD_CAP_REACHED);
        }
        if (childCentreId.filter(guardian::hasConflictWith).isPresent()) {
            reasons.add(Ineligibility.CONFLICT_OF_INTEREST);
        }
        return reasons;
    }
}
