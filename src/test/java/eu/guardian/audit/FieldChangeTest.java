package eu.guardian.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import eu.guardian.audit.FieldChange.Kind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FieldChangeTest {

    @Test
    void readsWhatChangesWrites() {
        String details = Changes.none().field("region", "North", "South").identifying("givenNames", "A", "B")
                .note("closed", "OTHER").json().orElseThrow();
        assertEquals(List.of(
                new FieldChange("region", Kind.CHANGED, Optional.of("North"), Optional.of("South")),
                new FieldChange("givenNames", Kind.MASKED, Optional.empty(), Optional.empty()),
                new FieldChange("closed", Kind.NOTE, Optional.empty(), Optional.of("OTHER"))),
                FieldChange.of(details));
    }

    @Test
    void noDetailsNoLinesAndForeignTextStaysReadable() {
        assertEquals(List.of(), FieldChange.of(null));
        assertEquals(List.of(new FieldChange("details", Kind.NOTE, Optional.empty(), Optional.of("[1,2]"))),
                FieldChange.of("[1,2]"));
    }
}
