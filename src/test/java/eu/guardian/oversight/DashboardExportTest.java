package eu.guardian.oversight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.pdf.PdfContents;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dashboard's PDF names regions in any script and writes its figures as the reader does; CSV stays plain. */
class DashboardExportTest {

    private static final Map<String, String> REGIONS = Map.of("ER", "ዞባ ማእከል", "SY", "حلب الشمالية",
            "UA", "Київська область", "GR", "Κεντρική Μακεδονία");

    private static Dashboard dashboard() {
        List<ParityReport.Cell> cells = new ArrayList<>();
        REGIONS.keySet().forEach(code -> cells.add(new ParityReport.Cell(NationalityGroup.THIRD_COUNTRY_NATIONAL,
                code, 12, 3)));
        ParityReport parity = ParityReport.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), 2, cells,
                Map.of(NationalityGroup.THIRD_COUNTRY_NATIONAL, 12_345L));
        return new Dashboard(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31), Instant.parse("2026-12-03T12:00:00Z"),
                List.of(Indicator.info("oversight.title", 12_345, "/children/list.xhtml", 1)), parity,
                new Dashboard.Caseloads(25, 3, 0, 0, List.of(new Dashboard.Bucket(1, Optional.of(5), 3))));
    }

    private static byte[] pdf(Locale reader) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DashboardExport.writePdf(dashboard(), reader, REGIONS, out);
        return out.toByteArray();
    }

    @Test
    void regionNamesInEveryScriptAndTheArabicLabelsAreExtractedExactlyWithAGlyphForEach() {
        Locale arabic = Locale.forLanguageTag("ar");
        List<String> expected = new ArrayList<>(REGIONS.values());
        expected.add(Messages.text(arabic, "oversight.title", List.of()));
        expected.add(Messages.text(arabic, "oversight.region", List.of()));
        PdfContents.assertScriptsIntact(pdf(arabic), expected);
    }

    @Test
    void figuresAreGroupedAsTheReaderWritesThemInThePdfAndPlainInTheCsv() throws Exception {
        assertTrue(PdfContents.text(pdf(Locale.GERMAN)).contains("12.345"));
        assertTrue(PdfContents.text(pdf(Locale.GERMAN)).contains("12,0"), "a median of days with a decimal comma");
        assertTrue(PdfContents.text(pdf(Locale.ENGLISH)).contains("12,345"));
        StringWriter csv = new StringWriter();
        DashboardExport.writeCsv(dashboard(), Locale.GERMAN, REGIONS, csv);
        assertTrue(csv.toString().contains(",12345"), csv::toString);
        assertTrue(csv.toString().contains("Κεντρική Μακεδονία"), csv::toString);
    }
}
