package eu.guardian.oversight;

import eu.guardian.platform.export.Csv;
import eu.guardian.platform.i18n.Messages;
import eu.guardian.platform.i18n.Numbers;
import eu.guardian.platform.pdf.PdfReport;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * The dashboard as a table of figures (section, figure, value) in the reader's language: CSV for spreadsheets, PDF for
 * the file. Both carry the period and the moment of computation, and nothing that identifies a child.
 */
public final class DashboardExport {

    private DashboardExport() {
    }

    /**
     * The figures as rows of three cells: section, figure, value; regions by their names in the reader's language.
     * Numbers are grouped as the reader writes them for a PDF ({@code forReading}), plain digits in CSV for spreadsheets.
     */
    static List<List<String>> rows(Dashboard dashboard, Locale locale, Map<String, String> regionNames,
            boolean forReading) {
        LongFunction<String> whole = forReading ? number -> Numbers.whole(number, locale) : String::valueOf;
        Function<Optional<Double>, String> days = value -> value
                .map(number -> forReading ? Numbers.decimal(number, 1, locale)
                        : String.format(Locale.ROOT, "%.1f", number)).orElse("");
        List<List<String>> rows = new ArrayList<>();
        String indicators = text(locale, "oversight.section.indicators");
        for (Indicator indicator : dashboard.indicators()) {
            rows.add(List.of(indicators, text(locale, indicator.labelKey()), whole.apply(indicator.value())));
        }
        String parity = text(locale, "oversight.section.timeToGuardian");
        for (ParityReport.GroupFigures group : dashboard.parity().groups()) {
            String name = text(locale, "oversight.group." + group.group().name());
            rows.add(List.of(parity, name + " – " + text(locale, "oversight.appointed"),
                    whole.apply(group.appointed())));
            rows.add(List.of(parity, name + " – " + text(locale, "oversight.stillWaiting"),
                    whole.apply(group.stillWaiting())));
            rows.add(List.of(parity, name + " – " + text(locale, "oversight.median"), days.apply(group.median())));
            rows.add(List.of(parity, name + " – " + text(locale, "oversight.p90"), days.apply(group.p90())));
        }
        rows.add(List.of(parity, text(locale, "oversight.spread"), days.apply(dashboard.parity().spreadDays())));
        rows.add(List.of(parity, text(locale, "oversight.parityWarning"),
                text(locale, dashboard.parity().warning() ? "oversight.yes" : "oversight.no")));
        for (ParityReport.RegionFigures region : dashboard.parity().regions()) {
            rows.add(List.of(parity, text(locale, "oversight.region") + " "
                    + regionNames.getOrDefault(region.region(), region.region()) + " – "
                    + text(locale, "oversight.median"), days.apply(region.median())));
        }
        String caseloads = text(locale, "oversight.section.caseloads");
        for (Dashboard.Bucket bucket : dashboard.caseloads().buckets()) {
            rows.add(List.of(caseloads, bucket.label(), whole.apply(bucket.guardians())));
        }
        return rows;
    }

    public static void writeCsv(Dashboard dashboard, Locale locale, Map<String, String> regionNames, Writer out)
            throws IOException {
        out.write(Csv.row(List.of(text(locale, "oversight.period"), dashboard.from(), dashboard.to())));
        out.write(Csv.row(List.of(text(locale, "oversight.computedAt"), dashboard.computedAt())));
        out.write(Csv.row(List.of(text(locale, "oversight.section"), text(locale, "oversight.figure"),
                text(locale, "oversight.value"))));
        for (List<String> row : rows(dashboard, locale, regionNames, false)) {
            out.write(Csv.row(row));
        }
        out.flush();
    }

    public static void writePdf(Dashboard dashboard, Locale locale, Map<String, String> regionNames,
            OutputStream out) {
        try (PdfReport pdf = new PdfReport(text(locale, "oversight.title"), locale)) {
            pdf.text(text(locale, "oversight.title"), 16, true);
            pdf.text(text(locale, "oversight.period") + ": " + dashboard.from() + " – " + dashboard.to() + "   "
                    + text(locale, "oversight.computedAt") + ": " + dashboard.computedAt() + " UTC", 9, false);
            pdf.space(12);
            PdfReport.Table table = pdf.table(9, 3, 6, 2).header(text(locale, "oversight.section"),
                    text(locale, "oversight.figure"), text(locale, "oversight.value"));
            for (List<String> row : rows(dashboard, locale, regionNames, true)) {
                table.row(row);
            }
            table.end();
            pdf.writeTo(out);
        }
    }

    private static String text(Locale locale, String key) {
        return Messages.text(locale, key, List.of());
    }
}
