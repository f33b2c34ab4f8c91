package eu.guardian.protection;

import java.util.List;
import java.util.Map;

/**
 * The rules that turn a screening's answers into its result, as pure functions (the administrator sees them read-only,
 * a caseworker may override a result with a reason):
 * <ol>
 * <li>a strong indicator answered "yes", or {@value #STRONG_COUNT} or more indicators answered "yes": strong
 * indications;</li>
 * <li>any indicator answered "yes", or {@value #UNKNOWN_COUNT} or more left "unknown": indications (a screening that
 * could not find out is no all-clear);</li>
 * <li>otherwise no indication.</li>
 * </ol>
 * Indicators not answered count as unknown.
 */
public final class ScreeningRules {

    public static final int STRONG_COUNT = 3;
    public static final int UNKNOWN_COUNT = 6;

    /** The rules in the order they are applied, as bundle keys with their arguments (for the admin page). */
    public static final List<Rule> RULES = List.of(
            new Rule("protection.rule.strongIndicator", ScreeningResult.STRONG_INDICATIONS, 0),
            new Rule("protection.rule.manyYes", ScreeningResult.STRONG_INDICATIONS, STRONG_COUNT),
            new Rule("protection.rule.anyYes", ScreeningResult.INDICATIONS, 1),
            new Rule("protection.rule.manyUnknown", ScreeningResult.INDICATIONS, UNKNOWN_COUNT),
            new Rule("protection.rule.otherwise", ScreeningResult.NO_INDICATION, 0));

    public record Rule(String messageKey, ScreeningResult result, int count) {
    }

    private ScreeningRules() {
    }

    public static ScreeningResult resultOf(Map<Indicator, Answer> answers) {
        int yes = 0;
        int unknown = 0;
        boolean strong = false;
        for (Indicator indicator : Indicator.values()) {
            Answer answer = answers.getOrDefault(indicator, Answer.UNKNOWN);
            if (answer == Answer.YES) {
                yes++;
                strong |= indicator.isStrong();
            } else if (answer == Answer.UNKNOWN) {
                unknown++;
            }
        }
        if (strong || yes >= STRONG_COUNT) {
            return ScreeningResult.STRONG_INDICATIONS;
        }
        if (yes > 0 || unknown >= UNKNOWN_COUNT) {
            return ScreeningResult.INDICATIONS;
        }
        return ScreeningResult.NO_INDICATION;
    }
}
