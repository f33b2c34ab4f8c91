package eu.guardian.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import eu.guardian.platform.validation.Checks;
import eu.guardian.platform.validation.InvalidInput;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LatinNamesTest {

    @Test
    void emptyRowsAreDroppedSpacesTidiedAndRepeatsKeptOnce() {
        Checks checks = new Checks();
        List<LatinName> valid = LatinNames.valid(Arrays.asList(new LatinName(" Mohammed  ", "Ali"),
                new LatinName("", " "), null, new LatinName("mohammed", "ALI"), new LatinName("Muhammad", "Ali")),
                checks);
        checks.throwIfAny();
        assertEquals(List.of(new LatinName("Mohammed", "Ali"), new LatinName("Muhammad", "Ali")), valid);
    }

    @Test
    void accentsApostrophesAndHyphensAreLatin() {
        assertEquals(true, LatinNames.isLatin("Zoë O'Neil-Núñez Jr."));
        assertEquals(false, LatinNames.isLatin("محمد"));
        assertEquals(false, LatinNames.isLatin("Ali2"));
    }

    @Test
    void anotherScriptOrAMissingNameIsRefused() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> {
            Checks checks = new Checks();
            LatinNames.valid(List.of(new LatinName("محمد", "Ali"), new LatinName("Mohammed", "")), checks);
            checks.throwIfAny();
        });
        assertEquals(List.of("validation.latinScript", "validation.transliterationBothNames"),
                refused.errors().stream().map(InvalidInput.FieldError::messageKey).sorted().toList());
    }

    @Test
    void atMostFiveSpellings() {
        InvalidInput refused = assertThrows(InvalidInput.class, () -> {
            Checks checks = new Checks();
            LatinNames.valid(List.of("Ali", "Aly", "Alee", "Aali", "Alie", "Ally").stream()
                    .map(name -> new LatinName("Mohammed", name)).toList(), checks);
            checks.throwIfAny();
        });
        assertEquals("validation.tooManyTransliterations", refused.errors().get(0).messageKey());
    }

    @Test
    void listsShowTheOriginalNamesThenTheTransliteration() {
        assertEquals("محمد علي — Mohammed Ali",
                ChildNames.fullName("محمد", "علي", Optional.of("Mohammed"), Optional.of("Ali")));
        assertEquals("Greta Hoffmann", ChildNames.fullName("Greta", "Hoffmann", Optional.empty(), Optional.empty()));
    }
}
