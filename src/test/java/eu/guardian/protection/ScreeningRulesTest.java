package eu.guardian.protection;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The rules that turn a screening's answers into its result. */
class ScreeningRulesTest {

    private static Map<Indicator, Answer> allNo() {
        Map<Indicator, Answer> answers = new EnumMap<>(Indicator.class);
        for (Indicator indicator : Indicator.values()) {
            answers.put(indicator, Answer.NO);
        }
        return answers;
    }

    @Test
    void allNoIsNoIndication() {
        assertEquals(ScreeningResult.NO_INDICATION, ScreeningRules.resultOf(allNo()));
    }

    @Test
    void oneOrdinaryYesIsIndications() {
        Map<Indicator, Answer> answers = allNo();
        answers.put(Indicator.NO_TIME_TO_PLAY, Answer.YES);
        assertEquals(ScreeningResult.INDICATIONS, ScreeningRules.resultOf(answers));
    }

    @Test
    void twoOrdinaryYesAreStillIndicationsButThreeAreStrong() {
        Map<Indicator, Answer> answers = allNo();
        answers.put(Indicator.NO_TIME_TO_PLAY, Answer.YES);
        answers.put(Indicator.TRAVELS_WITHOUT_ADULTS, Answer.YES);
        assertEquals(ScreeningResult.INDICATIONS, ScreeningRules.resultOf(answers));
        answers.put(Indicator.CARRIES_TAXI_NUMBERS, Answer.YES);
        assertEquals(ScreeningResult.STRONG_INDICATIONS, ScreeningRules.resultOf(answers));
    }

    @Test
    void aStrongIndicatorAloneIsStrongIndications() {
        for (Indicator strong : Indicator.values()) {
            if (!strong.isStrong()) {
                continue;
            }
            Map<Indicator, Answer> answers = allNo();
            answers.put(strong, Answer.YES);
            assertEquals(ScreeningResult.STRONG_INDICATIONS, ScreeningRules.resultOf(answers), strong.name());
        }
    }

    @Test
    void theGeneralIndicatorsAreStrong() {
        assertEquals(true, Indicator.DEBT_BONDAGE.isStrong() && Indicator.MOVEMENT_CONTROLLED.isStrong()
                && Indicator.DOCUMENTS_HELD_BY_OTHERS.isStrong());
    }

    @Test
    void manyUnknownsAreNoAllClear() {
        Map<Indicator, Answer> answers = allNo();
        Indicator[] all = Indicator.values();
        for (int i = 0; i < ScreeningRules.UNKNOWN_COUNT - 1; i++) {
            answers.put(all[i], Answer.UNKNOWN);
        }
        assertEquals(ScreeningResult.NO_INDICATION, ScreeningRules.resultOf(answers));
        answers.put(all[ScreeningRules.UNKNOWN_COUNT - 1], Answer.UNKNOWN);
        assertEquals(ScreeningResult.INDICATIONS, ScreeningRules.resultOf(answers));
    }

    @Test
    void unansweredIndicatorsCountAsUnknown() {
        assertEquals(ScreeningResult.INDICATIONS, ScreeningRules.resultOf(Map.of()));
    }

    @Test
    void aScreeningKeepsTheRulesResultBesideAnOverride() {
        Map<Indicator, Answer> answers = allNo();
        Screening screening = new Screening(1L, ScreeningOccasion.REGISTRATION, answers.entrySet().stream()
                .map(e -> new IndicatorAnswer(e.getKey(), e.getValue(), null)).toList(), "caseworker1",
                java.time.Instant.parse("2026-11-28T10:00:00Z"));
        assertEquals(ScreeningResult.NO_INDICATION, screening.result());
        screening.override(ScreeningResult.INDICATIONS, "The child spoke of a debt to the smuggler", "caseworker1",
                java.time.Instant.parse("2026-11-28T11:00:00Z"));
        assertEquals(ScreeningResult.INDICATIONS, screening.result());
        assertEquals(ScreeningResult.NO_INDICATION, screening.getComputedResult());
    }
}
