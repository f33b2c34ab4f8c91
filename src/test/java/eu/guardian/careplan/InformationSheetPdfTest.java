package eu.guardian.careplan;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.platform.pdf.PdfContents;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The information sheet in each of its languages: every text extracts as written, every character has a glyph. */
class InformationSheetPdfTest {

    private static final InformationSheetPdf.GuardianContact GUARDIAN = new InformationSheetPdf.GuardianContact(
            "Amanuel Tesfay ኣማኑኤል", Optional.of("+49 30 1234567"), Optional.of("a.tesfay@example.org"));

    @Test
    void eachLanguageExtractsExactlyWithAGlyphForEveryCharacter() {
        for (String language : InformationSheetTexts.LANGUAGES) {
            InformationSheetTexts texts = InformationSheetTexts.of(language);
            byte[] words = InformationSheetPdf.words(texts, "Yonas ዮናስ", Optional.of(GUARDIAN),
                    LocalDate.of(2026, 12, 3));
            String text = PdfContents.text(words).replaceAll("\\s+", " ");
            for (String key : List.of("title", "guardian.what", "rights.2", "complain.text", "hotline")) {
                String expected = texts.text(key).replaceAll("\\s+", " ");
                for (String word : expected.split(" ")) {
                    assertTrue(text.contains(word), language + " " + key + ": missing " + word + " in\n" + text);
                }
            }
            assertTrue(text.contains("116 000"), language);
            assertTrue(text.contains("ኣማኑኤል") && text.contains("+49 30 1234567"), language + ": guardian\n" + text);
            assertEquals(List.of(), PdfContents.missingGlyphs(words), language);
            assertTrue(PdfContents.pages(words) <= 2, language + ": one or two pages");

            byte[] pictures = InformationSheetPdf.pictures(texts, "Yonas ዮናስ", Optional.of(GUARDIAN));
            String pictureText = PdfContents.text(pictures);
            assertTrue(pictureText.contains(texts.text("pic.safe").split(" ")[0]), language + "\n" + pictureText);
            assertEquals(List.of(), PdfContents.missingGlyphs(pictures), language);
            assertEquals(1, PdfContents.pages(pictures), language + ": pictures on one page");
            if (Set.of("ar", "ti", "en", "ckb").contains(language)) {
                writeSample(words, "information-sheet-" + language + ".pdf");
                PdfContents.render(words, 0, 80, Path.of("target/pdf-samples/information-sheet-" + language + ".png"));
                PdfContents.render(pictures, 0, 80, Path.of("target/pdf-samples/information-pictures-" + language
                        + ".png"));
            }
        }
    }

    @Test
    void soraniIsWrittenRightToLeftInArabicScriptAndExtractsInLogicalOrder() {
        InformationSheetTexts sorani = InformationSheetTexts.of("ckb");
        byte[] words = InformationSheetPdf.words(sorani, "Yonas ዮናስ", Optional.of(GUARDIAN),
                LocalDate.of(2026, 12, 3));
        String text = PdfContents.text(words);
        for (String key : List.of("title", "rights.1", "next.title")) {
            assertTrue(text.contains(sorani.text(key)), "ckb " + key + " in logical order:\n" + text);
        }
        // Sorani's own letters (ڕ ڵ ێ ۆ ە) are shaped from the Arabic font, none missing.
        assertTrue(text.contains("ڕ") && text.contains("ڵ") && text.contains("ێ") && text.contains("ۆ"), text);
        assertEquals(List.of(), PdfContents.missingGlyphs(words));
        assertTrue(PdfContents.fonts(words).stream().anyMatch(font -> font.contains("NotoSansArabic")),
                () -> "the Arabic-script font: " + PdfContents.fonts(words));
    }

    private static void writeSample(byte[] pdf, String name) {
        try {
            Files.createDirectories(Path.of("target/pdf-samples"));
            Files.write(Path.of("target/pdf-samples", name), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void aChildGetsTheirPreferredLanguageOrTheFirstTheSheetIsWrittenIn() {
        assertEquals("ti", InformationSheetTexts.forChild(Optional.of("ti"), List.of("ti", "en")));
        assertEquals("prs", InformationSheetTexts.forChild(Optional.of("fa"), List.of()));
        assertEquals("ku", InformationSheetTexts.forChild(Optional.of("kmr"), List.of()));
        assertEquals("ckb", InformationSheetTexts.forChild(Optional.of("ckb"), List.of("ckb", "ar")));
        assertEquals("so", InformationSheetTexts.forChild(Optional.of("om"), List.of("om", "so", "ar")));
        assertEquals("en", InformationSheetTexts.forChild(Optional.empty(), List.of("om")));
    }
}
