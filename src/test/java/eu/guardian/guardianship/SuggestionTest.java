package eu.guardian.guardianship;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.guardian.Guardian;
import eu.guardian.guardian.GuardianKind;
import eu.guardian.guardian.GuardianProfile;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SuggestionTest {

    private static Guardian guardian(String name, String region, Set<String> languages, int load) {
        Guardian guardian = new Guardian(new GuardianProfile(GuardianKind.PROFESSIONAL, name, Optional.empty(),
                Optional.empty(), Optional.empty(), region, OptionalInt.empty(), languages));
        guardian.recordCriminalRecordCheck(LocalDate.of(2026, 1, 1), LocalDate.of(2030, 1, 1));
        IntStream.range(0, load).forEach(i -> guardian.takeOnChild());
        return guardian;
    }

    private static List<String> ranked(List<Guardian> guardians) {
        return guardians.stream().map(g -> Suggestion.of(g, Set.of("ti", "ar"), Optional.of("ti"), "North", Set.of()))
                .sorted(Suggestion.BEST_FIRST).map(s -> s.guardian().getName()).toList();
    }

    @Test
    void preferredLanguageThenAnySharedLanguageThenRegionThenLightestLoad() {
        List<Guardian> guardians = List.of(
                guardian("Light load elsewhere", "South", Set.of("de"), 0),
                guardian("Same region", "North", Set.of("de"), 20),
                guardian("Speaks Arabic", "South", Set.of("ar"), 25),
                guardian("Speaks Tigrinya, busy", "South", Set.of("ti"), 29),
                guardian("Speaks Tigrinya, free", "South", Set.of("ti"), 3));
        assertEquals(List.of("Speaks Tigrinya, free", "Speaks Tigrinya, busy", "Speaks Arabic", "Same region",
                "Light load elsewhere"), ranked(guardians));
    }

    @Test
    void tiesAreBrokenByNameSoThatTheOrderIsStable() {
        List<Guardian> guardians = List.of(guardian("Bea", "North", Set.of(), 1), guardian("Ada", "North", Set.of(), 1));
        assertEquals(List.of("Ada", "Bea"), ranked(guardians));
    }
}
