package eu.guardian.platform.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PdfReportTest {

    static final String ARABIC = "محمد عبد الله";
    static final String TIGRINYA = "ሰላም ዓለም ኣብርሃም";
    static final String CYRILLIC = "Олександр Шевченко";
    static final String GREEK = "Γιώργος Παπαδόπουλος";
    static final String PASHTO = "زه ښوونځي ته ځم";
    static final String DARI = "می‌خواهم به مکتب بروم";
    static final String SORANI = "دەمەوێت بچمە قوتابخانە";

    @Test
    void everyScriptIsExtractedInLogicalOrderWithAGlyphForEveryCharacter() {
        byte[] pdf;
        try (PdfReport report = new PdfReport("Test", Locale.ENGLISH)) {
            report.heading("Best-interests assessment");
            report.field("Child", ARABIC);
            report.field("Name in Ge'ez", TIGRINYA);
            report.field("Name", CYRILLIC);
            report.field("Name", GREEK);
            report.paragraph(PASHTO);
            report.paragraph(DARI);
            report.paragraph(SORANI);
            report.field("Mixed", "He said " + ARABIC + " twice");
            pdf = report.bytes();
        }
        String text = PdfContents.text(pdf);
        System.out.println(text);
        for (String expected : List.of(ARABIC, TIGRINYA, CYRILLIC, GREEK, PASHTO, DARI, SORANI)) {
            assertTrue(text.contains(expected), () -> "missing " + expected + " in\n" + text);
        }
        assertEquals(List.of(), PdfContents.missingGlyphs(pdf));
        PdfContents.render(pdf, 0, 110, Path.of("target/pdf-samples/scripts.png"));
    }
}
