package eu.guardian.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PanelRulesTest {

    private static final PanelRules DEFAULTS = new PanelRules(3, 2, 66, 50);

    private static PanelRules.Seat seat(String user, Discipline discipline, Stance stance) {
        return new PanelRules.Seat(user, discipline, Optional.ofNullable(stance));
    }

    @Test
    void aPanelNeedsEnoughDistinctMembersFromEnoughDisciplines() {
        assertEquals(List.of("determination.panel.tooFewMembers"), DEFAULTS.compositionProblems(List.of(
                seat("a", Discipline.LAW, null), seat("b", Discipline.SOCIAL_WORK, null))));
        assertEquals(List.of("determination.panel.tooFewDisciplines"), DEFAULTS.compositionProblems(List.of(
                seat("a", Discipline.LAW, null), seat("b", Discipline.LAW, null), seat("c", Discipline.LAW, null))));
        assertTrue(DEFAULTS.compositionProblems(List.of(seat("a", Discipline.LAW, null),
                seat("b", Discipline.LAW, null), seat("c", Discipline.PSYCHOLOGY, null))).isEmpty());
        assertEquals(List.of("determination.panel.duplicateMember", "determination.panel.tooFewMembers"),
                DEFAULTS.compositionProblems(List.of(seat("a", Discipline.LAW, null),
                        seat("a", Discipline.HEALTH, null), seat("b", Discipline.PSYCHOLOGY, null))));
        assertEquals(List.of("determination.panel.tooFewMembers"), new PanelRules(5, 2, 66, 50)
                .compositionProblems(List.of(seat("a", Discipline.LAW, null), seat("b", Discipline.HEALTH, null),
                        seat("c", Discipline.LAW, null), seat("d", Discipline.LAW, null))), "the minimum is a setting");
    }

    @Test
    void quorumIsAShareOfMembersRoundedUp() {
        assertEquals(2, DEFAULTS.quorumOf(3));
        assertEquals(4, DEFAULTS.quorumOf(5));
        assertEquals(3, new PanelRules(3, 2, 100, 50).quorumOf(3));
        List<PanelRules.Seat> oneOfThree = List.of(seat("a", Discipline.LAW, Stance.FOR),
                seat("b", Discipline.HEALTH, null), seat("c", Discipline.LAW, null));
        assertFalse(DEFAULTS.quorate(oneOfThree));
        assertEquals(Optional.empty(), DEFAULTS.majority(oneOfThree), "no majority without a quorum");
    }

    @Test
    void majorityCountsForAndAgainstAbstentionsCountOnlyForTheQuorum() {
        List<PanelRules.Seat> twoToOne = List.of(seat("a", Discipline.LAW, Stance.FOR),
                seat("b", Discipline.HEALTH, Stance.FOR), seat("c", Discipline.LAW, Stance.AGAINST));
        assertEquals(Optional.of(Outcome.ACCEPTED), DEFAULTS.majority(twoToOne));
        assertEquals(Optional.empty(), new PanelRules(3, 2, 66, 67).majority(twoToOne),
                "two of three is not more than a two-thirds threshold of 67 %");
        List<PanelRules.Seat> tie = List.of(seat("a", Discipline.LAW, Stance.FOR),
                seat("b", Discipline.HEALTH, Stance.AGAINST), seat("c", Discipline.LAW, Stance.ABSTAIN));
        assertTrue(DEFAULTS.quorate(tie));
        assertEquals(Optional.empty(), DEFAULTS.majority(tie), "a tie is no majority");
        List<PanelRules.Seat> against = List.of(seat("a", Discipline.LAW, Stance.AGAINST),
                seat("b", Discipline.HEALTH, Stance.ABSTAIN), seat("c", Discipline.LAW, null));
        assertEquals(Optional.of(Outcome.REJECTED), DEFAULTS.majority(against));
        List<PanelRules.Seat> allAbstain = List.of(seat("a", Discipline.LAW, Stance.ABSTAIN),
                seat("b", Discipline.HEALTH, Stance.ABSTAIN), seat("c", Discipline.LAW, Stance.ABSTAIN));
        assertEquals(Optional.empty(), DEFAULTS.majority(allAbstain));
    }

    @Test
    void dissentIsThePositionAgainstTheOutcome() {
        assertTrue(PanelRules.dissents(Optional.of(Stance.AGAINST), Outcome.ACCEPTED));
        assertTrue(PanelRules.dissents(Optional.of(Stance.FOR), Outcome.REJECTED));
        assertFalse(PanelRules.dissents(Optional.of(Stance.ABSTAIN), Outcome.ACCEPTED));
        assertFalse(PanelRules.dissents(Optional.of(Stance.FOR), Outcome.ACCEPTED));
        assertFalse(PanelRules.dissents(Optional.empty(), Outcome.ACCEPTED));
    }

    @Test
    void rulesOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new PanelRules(3, 2, 0, 50));
        assertThrows(IllegalArgumentException.class, () -> new PanelRules(3, 2, 66, 49));
    }
}
