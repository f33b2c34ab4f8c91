package eu.guardian.guardianship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.guardian.Guardian;
import eu.guardian.guardian.GuardianKind;
import eu.guardian.guardian.GuardianProfile;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final int CAP = 30;

    static Guardian vetted(OptionalInt cap) {
        Guardian guardian = new Guardian(new GuardianProfile(GuardianKind.VOLUNTEER, "Vera", Optional.empty(),
                Optional.empty(), Optional.empty(), "North", cap, Set.of("ar", "de")));
        guardian.recordCriminalRecordCheck(TODAY.minusYears(1), TODAY.plusYears(2));
        guardian.recordTraining("Basics", TODAY.minusMonths(3), Optional.of(TODAY.plusYears(1)));
        return guardian;
    }

    @Test
    void aVettedTrainedGuardianWithRoomIsEligible() {
        assertEquals(Set.of(), Eligibility.check(vetted(OptionalInt.empty()), Optional.of(1L), TODAY, CAP));
    }

    @Test
    void eachBrokenRuleIsNamed() {
        Guardian guardian = new Guardian(new GuardianProfile(GuardianKind.PROFESSIONAL, "Paul", Optional.empty(),
                Optional.empty(), Optional.empty(), "South", OptionalInt.of(1), Set.of()));
        guardian.recordCriminalRecordCheck(TODAY.minusYears(5), TODAY.minusDays(1));
        guardian.recordTraining("Basics", TODAY.minusYears(4), Optional.of(TODAY.minusYears(1)));
        guardian.takeOnChild();
        guardian.declareConflict(7L, "Employed at the centre");
        guardian.deactivate();
        assertEquals(EnumSet.allOf(Ineligibility.class), Eligibility.check(guardian, Optional.of(7L), TODAY, CAP));
    }

    @Test
    void theCapIsTheGuardiansOwnOrTheGeneralOne() {
        Guardian ownCap = vetted(OptionalInt.of(2));
        ownCap.takeOnChild();
        assertEquals(Set.of(), Eligibility.check(ownCap, Optional.empty(), TODAY, CAP));
        ownCap.takeOnChild();
        assertEquals(Set.of(Ineligibility.CASELOAD_CAP_REACHED),
                Eligibility.check(ownCap, Optional.empty(), TODAY, CAP));

        Guardian generalCap = vetted(OptionalInt.empty());
        generalCap.takeOnChild();
        assertEquals(Set.of(Ineligibility.CASELOAD_CAP_REACHED),
                Eligibility.check(generalCap, Optional.empty(), TODAY, 1));
    }

    @Test
    void aRecordCheckIsValidUpToAndIncludingItsLastDay() {
        Guardian guardian = vetted(OptionalInt.empty());
        guardian.recordCriminalRecordCheck(TODAY.minusYears(3), TODAY);
        assertEquals(Set.of(), Eligibility.check(guardian, Optional.empty(), TODAY, CAP));
        assertEquals(Set.of(Ineligibility.RECORD_CHECK_MISSING_OR_EXPIRED),
                Eligibility.check(guardian, Optional.empty(), TODAY.plusDays(1), CAP));
    }

    @Test
    void aConflictCountsOnlyForTheChildsOwnCentre() {
        Guardian guardian = vetted(OptionalInt.empty());
        guardian.declareConflict(3L, "Board member");
        assertEquals(Set.of(), Eligibility.check(guardian, Optional.of(4L), TODAY, CAP));
        assertEquals(Set.of(), Eligibility.check(guardian, Optional.empty(), TODAY, CAP));
        assertEquals(Set.of(Ineligibility.CONFLICT_OF_INTEREST),
                Eligibility.check(guardian, Optional.of(3L), TODAY, CAP));
    }
}
