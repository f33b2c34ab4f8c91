package eu.guardian.child;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NameTokensTest {

    @Test
    void wordsOfAnyScriptAreFoldedAndStrippedOfMarks() {
        assertEquals(Set.of("zoe", "nunez"), NameTokens.of(List.of("Zoë Núñez")));
        assertEquals(Set.of("محمد"), NameTokens.of(List.of("مُحَمَّد")), "Arabic vowel marks do not matter");
        assertEquals(Set.of("ሰላም", "ተስፋማርያም"), NameTokens.of(List.of("ሰላም ተስፋማርያም")));
        assertEquals(Set.of("abdul", "rahman"), NameTokens.of(List.of("Abdul-Rahman")));
    }

    @Test
    void nothingButSeparatorsGivesNoWords() {
        assertEquals(Set.of(), NameTokens.of(List.of(" - , ")));
    }

    @Test
    void veryLongWordsAreCut() {
        assertEquals(NameTokens.MAX_TOKEN_LENGTH, NameTokens.of(List.of("a".repeat(500))).iterator().next().length());
    }
}
